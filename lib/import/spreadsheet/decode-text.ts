export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes a text file of unknown encoding: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8 is
 * UTF-8, and anything else is read as GB18030, the superset of GBK and GB2312 that Excel on a Chinese Windows
 * PC writes ("CSV (逗号分隔)"). GBK text of any length is almost never valid UTF-8, so the strict UTF-8 attempt
 * is a reliable detector for the two encodings district files come in; the platform's TextDecoder does both.
 *
 * @example
 * decodeText(new Uint8Array([0xb2, 0xa1, 0xc0, 0xfd])) // → { text: '病例', encoding: 'gb18030' }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
