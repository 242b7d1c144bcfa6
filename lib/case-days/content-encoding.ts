/** The encodings a day file is stored in, best first. */
export type StoredEncoding = 'br' | 'gzip' | 'identity';

/**
 * The best stored encoding an Accept-Encoding header allows (brotli, then gzip, else none); `q=0` refuses.
 *
 * @example
 * pickContentEncoding('gzip, deflate, br') // → 'br'
 * pickContentEncoding('gzip;q=1, br;q=0')  // → 'gzip'
 */
export function pickContentEncoding(header: string | null): StoredEncoding {
  const accepted = new Map<string, number>();
  for (const item of (header ?? '').split(',')) {
    const [name, ...params] = item.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return 'identity';
}
