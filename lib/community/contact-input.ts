import { z } from '@/lib/validation/zod';
import { hasNoNul } from '@/lib/validation/bounded-input';
import { reason } from '@/lib/errors/field-reasons';
import { zodProblem, type Problem } from '@/lib/errors/problem';

/** As many numbers as a card can show usefully; a list longer than this is a paste gone wrong. */
export const MAX_CONTACTS = 20;
export const MAX_LABEL_LENGTH = 80;

/** The database's own rule (community_contacts_phone_check), checked first so the user gets a sentence. */
const PHONE_PATTERN = /^[+0-9][0-9 ()-]{2,24}$/;
const PHONE_MESSAGE = reason('phone-contact');

/** Full-width digits and "＋" from Chinese input methods become ASCII; surrounding spaces go. */
const normalisePhone = (value: string) => value.normalize('NFKC').trim().replace(/\s+/g, ' ');

const phone = z
  .string({ message: PHONE_MESSAGE })
  .transform(normalisePhone)
  .refine((value) => PHONE_PATTERN.test(value) && (value.match(/\d/g)?.length ?? 0) >= 3, PHONE_MESSAGE);

const contact = z.strictObject({
  label: z
    .string(reason('contact-label'))
    .refine(hasNoNul, reason('no-nul'))
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, reason('contact-label')).max(MAX_LABEL_LENGTH)),
  phone,
});

const contactList = z.strictObject({
  contacts: z.array(contact).max(MAX_CONTACTS),
});

const workerEdit = z.strictObject({
  worker: z
    .string()
    .refine(hasNoNul, reason('no-nul'))
    .nullable()
    .transform((value) => (value === null ? null : value.trim().replace(/\s+/g, ' ') || null))
    .pipe(z.string().max(100).nullable()),
  workerPhone: z
    .string()
    .nullable()
    .transform((value) => (value === null ? null : normalisePhone(value) || null))
    .refine((value) => value === null || (PHONE_PATTERN.test(value) && (value.match(/\d/g)?.length ?? 0) >= 3), PHONE_MESSAGE),
});

export type ContactInput = { label: string; phone: string };
export type WorkerEdit = { worker: string | null; workerPhone: string | null };

/** A refused edit: `request.field-invalid` (400) naming the field, e.g. `contacts.1.phone`, and why in both languages. */
type Failure = { problem: Problem };

const failure = (error: z.ZodError): Failure => ({ problem: zodProblem(error) });

/**
 * Validates a community's ordered list of service-team numbers (the staff form saves the whole list);
 * the error names the field, e.g. `contacts.1.phone`.
 *
 * @example
 * readContactList({ contacts: [{ label: ' Medical help ', phone: '010-0000-5001' }] }) // → { contacts: [{ label: 'Medical help', phone: '010-0000-5001' }] }
 * readContactList({ contacts: [{ label: 'x', phone: 'none' }] }) // → { problem: { code: 'request.field-invalid', params: { field: 'contacts.0.phone', reason }, field: 'contacts.0.phone' } }
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
