/**
 * How much JSON each kind of staff request may send (read with `readJson`/`readStaffJson`, lib/api/route-kit.ts).
 * Forms are small; a batch of up to ten zones may carry detailed polygons; a case import carries a whole file
 * as text (up to 20 million characters, which is up to 60 MB of UTF-8 when the file is Chinese text), so it
 * gets the most room.
 */
export const JSON_BODY_LIMITS = {
  form: 1024 * 1024,
  zones: 32 * 1024 * 1024,
  caseImport: 64 * 1024 * 1024,
} as const;
