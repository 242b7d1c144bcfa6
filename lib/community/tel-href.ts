/** Characters people put between digits of a phone number; a dialler needs none of them. */
const SEPARATORS = /[\s\-().\u00b7\u2010-\u2015\u3000]/g;

/**
 * The `tel:` URI for a phone number as staff typed it: full-width digits and plus signs folded to ASCII
 * (Chinese input methods produce them), separators dropped, a leading + kept. Undefined when what is
 * left is not 3–20 digits, so a typo never becomes a link that dials something else.
 *
 * @example
 * telHref('010-0000-5001') // → 'tel:01000005001'
 * telHref('＋86 (20) 1234 5678') // → 'tel:+862012345678'
 * telHref('call me') // → undefined
 */
export function telHref(phone: string): string | undefined {
  const folded = phone.normalize('NFKC').trim().replace(SEPARATORS, '');
  const match = /^(\+?)(\d{3,20})$/.exec(folded);
  return match ? `tel:${match[1]}${match[2]}` : undefined;
}
