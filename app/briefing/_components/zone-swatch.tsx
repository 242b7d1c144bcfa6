import type { ZoneKind } from '@/lib/enums';
import { theme } from '@/lib/map/theme';

/** Stroke directions per kind, the same as lib/map/hatch-patterns (cross, one way, the other way sparse). */
const HATCH: Record<ZoneKind, { paths: string[]; size: number; width: number }> = {
  sealed: { paths: ['M0,0 L8,8', 'M8,0 L0,8'], size: 8, width: 2 },
  controlled: { paths: ['M0,0 L8,8'], size: 8, width: 1.5 },
  precaution: { paths: ['M16,0 L0,16'], size: 16, width: 1 },
};

/** A legend swatch that mirrors the map: fill colour, hatching and the outline's dash. */
export function ZoneSwatch({ kind, size = 40 }: { kind: ZoneKind; size?: number }) {
  const style = theme.zone[kind];
  const hatch = HATCH[kind];
  const id = `swatch-hatch-${kind}`;
  const height = Math.round(size * 0.65);
  return (
    <svg width={size} height={height} viewBox={`0 0 ${size} ${height}`} aria-hidden className="zone-swatch">
      <defs>
        <pattern id={id} width={hatch.size} height={hatch.size} patternUnits="userSpaceOnUse">
          {hatch.paths.map((d) => (
            <path key={d} d={d} stroke={style.outline} strokeWidth={hatch.width} />
          ))}
        </pattern>
      </defs>
      <rect x={1} y={1} width={size - 2} height={height - 2} fill={style.fill} fillOpacity={style.fillOpacity} />
      <rect x={1} y={1} width={size - 2} height={height - 2} fill={`url(#${id})`} />
      <rect
        x={1}
        y={1}
        width={size - 2}
        height={height - 2}
        fill="none"
        stroke={style.outline}
        strokeWidth={style.width}
        strokeDasharray={style.dash.length > 1 ? style.dash.map((d) => d * style.width).join(' ') : undefined}
      />
    </svg>
  );
}
