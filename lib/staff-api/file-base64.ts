/**
 * A file's bytes as Base64, to send them inside JSON as they are on disk (an XLSX, a GBK CSV): the server
 * decodes and reads them as the CLI does. Built in chunks, as one `String.fromCharCode(...bytes)` overflows
 * the stack on a large file.
 *
 * @example
 * bytesToBase64(new Uint8Array([0x50, 0x4b, 3, 4])) // → 'UEsDBA=='
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
