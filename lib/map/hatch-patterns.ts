import type { ZoneKind } from '@/lib/enums';

/** An RGBA image MapLibre's `addImage` accepts. */
export type PatternImage = { width: number; height: number; data: Uint8Array };

/** Which strokes each zone kind's hatching has: it must tell kinds apart without colour. */
const HATCH: Record<ZoneKind, { diagonals: ('down' | 'up')[]; spacing: number; thickness: number }> = {
  // Cross-hatched, dense: reads as "darkest" in grey print.
  sealed: { diagonals: ['down', 'up'], spacing: 8, thickness: 2 },
  // Single diagonal.
  controlled: { diagonals: ['down'], spacing: 8, thickness: 1.5 },
  // Sparse single diagonal the other way.
  precaution: { diagonals: ['up'], spacing: 16, thickness: 1 },
};

/** The image name a zone kind's hatching is registered under. */
export const hatchImageId = (kind: ZoneKind) => `hatch-${kind}`;

const parseHex = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/**
 * A tileable hatching pattern for a zone kind in a colour (`#rrggbb`), transparent between strokes.
 * Size is a multiple of every kind's spacing so the stripes meet across tile edges.
 *
 * @example
 * hatchPattern('sealed', '#8e0000').width // → 16
 */
export function hatchPattern(kind: ZoneKind, color: string, options: { size?: number } = {}): PatternImage {
  const size = options.size ?? 16;
  const { diagonals, spacing, thickness } = HATCH[kind];
  const [r, g, b] = parseHex(color);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onStroke = diagonals.some((d) => {
        const phase = (((d === 'down' ? x - y : x + y) % spacing) + spacing) % spacing;
        return Math.min(phase, spacing - phase) < thickness / 2 + 0.01;
      });
      if (!onStroke) continue;
      const i = (y * size + x) * 4;
      data.set([r, g, b, 255], i);
    }
  }
  return { width: size, height: size, data };
}

/** Share of opaque pixels in a pattern (tests: the kinds must differ in ink density). */
export function inkCoverage(image: PatternImage): number {
  let ink = 0;
  for (let i = 3; i < image.data.length; i += 4) if (image.data[i] > 0) ink++;
  return ink / (image.width * image.height);
}
