export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/**
 * Decodes a text file of unknown encoding, the same way in the browser, the server and the CLI: a BOM decides
 * (UTF-8, UTF-16 LE/BE — Windows Notepad's "Unicode" and Excel's "Unicode text" are UTF-16 LE with one);
 * otherwise valid UTF-8 is UTF-8, and anything else is read as GB18030, the superset of GBK and GB2312 that
 * Excel on a Chinese Windows PC writes ("CSV (逗号分隔)"). GBK text of any length is almost never valid UTF-8,
 * so the strict UTF-8 attempt is a reliable detector; the platform's TextDecoder does all four.
 *
 * @example
 * decodeTextFile(new Uint8Array([0xb2, 0xa1, 0xc0, 0xfd])) // → { text: '病例', encoding: 'gb18030' }
 * decodeTextFile(new Uint8Array([0xff, 0xfe, 0x7b, 0x00])) // → { text: '{', encoding: 'utf-16le' }
 */
export function decodeTextFile(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
