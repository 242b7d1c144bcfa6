/** One changed field of an audit entry, as text: before → after (null when the side is absent). */
export type ChangeLine = { field: string; before: string | null; after: string | null };

export type DescribeOptions = {
  /** An ISO instant in the reader's language and zone. */
  formatInstant: (iso: string) => string;
  /** Most items of a list (visits, contacts) written out; the rest are counted. */
  maxItems?: number;
  /** Characters of one side before it is cut with "…". */
  maxChars?: number;
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A visit as the audit keeps it (`auditVisit`): place and from/to. */
const isVisit = (value: unknown): value is { place?: string | null; from: string; to: string } => isRecord(value) && typeof value.from === 'string' && typeof value.to === 'string';

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value as one readable line: instants in local time, visits as "place from–to", lists counted past `maxItems`. */
function valueText(value: unknown, options: Required<DescribeOptions>): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? options.formatInstant(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const shown = value.slice(0, options.maxItems).map((item) =>
      isVisit(item) ? `${item.place ?? '?'} ${options.formatInstant(item.from)}–${options.formatInstant(item.to)}` : valueText(item, options),
    );
    const more = value.length - shown.length;
    return `[${value.length}] ${shown.join('；')}${more > 0 ? `；… +${more}` : ''}`;
  }
  if (isRecord(value)) {
    // A geometry is not read by people here: its type and size say enough.
    if (typeof value.type === 'string' && 'coordinates' in value) return `${value.type} (${JSON.stringify(value.coordinates).length} B)`;
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${valueText(item, options)}`)
      .join(', ');
  }
  return String(value);
}

/**
 * The fields an audit entry changed, each as before → after text: for an update only the fields whose value
 * differs, for a creation the state after, for a deletion the state before. Non-object states (a list of
 * contacts) are one field named "".
 *
 * @example
 * describeChange({ kind: 'sealed', version: 1 }, { kind: 'controlled', version: 2 }, { formatInstant: (iso) => iso })
 * // → [{ field: 'kind', before: 'sealed', after: 'controlled' }, { field: 'version', before: '1', after: '2' }]
 */
export function describeChange(before: unknown, after: unknown, options: DescribeOptions): ChangeLine[] {
  const full: Required<DescribeOptions> = { maxItems: 5, maxChars: 300, ...options };
  const side = (value: unknown, isPresent: boolean) => (isPresent ? cut(valueText(value, full), full.maxChars) : null);
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!(isRecord(before) || !hasBefore) || !(isRecord(after) || !hasAfter)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: '', before: side(before, hasBefore), after: side(after, hasAfter) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => JSON.stringify(b[field]) !== JSON.stringify(a[field]))
    .map((field) => ({ field, before: side(b[field], hasBefore && field in b), after: side(a[field], hasAfter && field in a) }));
}
