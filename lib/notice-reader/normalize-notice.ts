/**
 * A notice's text with full-width digits, letters and punctuation made half-width, Chinese numerals for days
 * and hours left as they are, dashes and tildes between numbers unified to `-`, and runs of spaces collapsed.
 * The reader only ever matches this form, so "28日13：27" and "28日13:27" read the same.
 *
 * @example
 * normalizeNotice('２８日１３：２７抵达香港机场') // → '28日13:27抵达香港机场'
 */
export function normalizeNotice(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[—–―－~〜～]+/g, '-')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*([,;:。，；])\s*/g, '$1')
    .trim();
}
