/**
 * A path segment as a database id (serial: 1 … 2³¹−1), or undefined for anything else ("abc", "1.5", "01").
 *
 * @example
 * readIdParam('12') // → 12
 * readIdParam('0') // → undefined
 */
export function readIdParam(segment: string): number | undefined {
  if (!/^[1-9]\d{0,9}$/.test(segment)) return undefined;
  const id = Number(segment);
  return id <= 2_147_483_647 ? id : undefined;
}
