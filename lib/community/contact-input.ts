import { z } from '@/lib/validation/zod';
import { hasNoNul } from '@/lib/validation/bounded-input';

/** As many numbers as a card can show usefully; a list longer than this is a paste gone wrong. */
export const MAX_CONTACTS = 20;
export const MAX_LABEL_LENGTH = 80;

/** The database's own rule (community_contacts_phone_check), checked first so the user gets a sentence. */
const PHONE_PATTERN = /^[+0-9][0-9 ()-]{2,24}$/;
const PHONE_MESSAGE = 'must be a phone number of 3–25 characters: digits, spaces, "-" and "( )", optionally starting with "+" (e.g. 010-0000-5001)';

/** Full-width digits and "＋" from Chinese input methods become ASCII; surrounding spaces go. */
const normalisePhone = (value: string) => value.normalize('NFKC').trim().replace(/\s+/g, ' ');

const phone = z
  .string({ message: PHONE_MESSAGE })
  .transform(normalisePhone)
  .refine((value) => PHONE_PATTERN.test(value) && (value.match(/\d/g)?.length ?? 0) >= 3, PHONE_MESSAGE);

const contact = z.strictObject({
  label: z
    .string({ message: 'is required' })
    .refine(hasNoNul, 'must not contain a NUL character')
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .refine((value) => value.length >= 1, 'is required (what the number is for, e.g. "Medical help")')
    .refine((value) => value.length <= MAX_LABEL_LENGTH, `must be at most ${MAX_LABEL_LENGTH} characters`),
  phone,
});

const contactList = z.strictObject({
  contacts: z.array(contact, { message: 'must be a list of { label, phone }' }).max(MAX_CONTACTS, `may hold at most ${MAX_CONTACTS} numbers`),
});

const workerEdit = z.strictObject({
  worker: z
    .string()
    .refine(hasNoNul, 'must not contain a NUL character')
    .nullable()
    .transform((value) => (value === null ? null : value.trim().replace(/\s+/g, ' ') || null))
    .refine((value) => value === null || value.length <= 100, 'must be at most 100 characters'),
  workerPhone: z
    .string()
    .nullable()
    .transform((value) => (value === null ? null : normalisePhone(value) || null))
    .refine((value) => value === null || (PHONE_PATTERN.test(value) && (value.match(/\d/g)?.length ?? 0) >= 3), PHONE_MESSAGE),
});

export type ContactInput = { label: string; phone: string };
export type WorkerEdit = { worker: string | null; workerPhone: string | null };

type Failure = { error: string; field: string };

function failure(error: z.ZodError): Failure {
  const issue = error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : 'body';
  return { error: `${field}: ${issue.message}`, field };
}

/**
 * Validates a community's ordered list of service-team numbers (the staff form saves the whole list);
 * the error names the field, e.g. `contacts.1.phone`.
 *
 * @example
 * readContactList({ contacts: [{ label: ' Medical help ', phone: '010-0000-5001' }] }) // → { contacts: [{ label: 'Medical help', phone: '010-0000-5001' }] }
 * readContactList({ contacts: [{ label: 'x', phone: 'none' }] }) // → { error: 'contacts.0.phone: must be a phone number …', field: 'contacts.0.phone' }
 */
export function readContactList(value: unknown): { contacts: ContactInput[] } | Failure {
  const parsed = contactList.safeParse(value);
  return parsed.success ? { contacts: parsed.data.contacts } : failure(parsed.error);
}

/**
 * Validates a grid cell's worker and phone (empty text clears a field).
 *
 * @example
 * readWorkerEdit({ worker: 'Wang Fang', workerPhone: '' }) // → { edit: { worker: 'Wang Fang', workerPhone: null } }
 */
export function readWorkerEdit(value: unknown): { edit: WorkerEdit } | Failure {
  const parsed = workerEdit.safeParse(value);
  return parsed.success ? { edit: parsed.data } : failure(parsed.error);
}
