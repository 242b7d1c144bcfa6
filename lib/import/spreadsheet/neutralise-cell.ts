/** Characters that make a spreadsheet program read a text cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A text cell made safe to open in Excel or WPS: one that begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading apostrophe, so it is shown as text and never run as a formula. Plain numbers
 * ("-73.9") are left alone so that coordinates stay numbers. `restoreCell` undoes it on import.
 *
 * @example
 * neutraliseCell('=HYPERLINK("http://x","y")') // → "'=HYPERLINK(\"http://x\",\"y\")"
 * neutraliseCell('-73.9') // → '-73.9'
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * The text a neutralised cell stood for: the apostrophe added by `neutraliseCell` is removed.
 *
 * @example
 * restoreCell("'=1+1") // → '=1+1'
 */
export function restoreCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
