import type { TrajectoryPart } from '@/lib/trajectory/types';
import { addressWarning } from './looks-like-address';

/** One row of what the public will see: code, times and place, nothing else. */
export type PublicPreviewRow = { caseCode: string; place: string | null; start: number; end: number; warning: string | null };

/**
 * Exactly what publishing a case discloses (the public map, /api/cases and exports carry only these
 * fields), with a warning on each place name that looks like a home address.
 *
 * @example
 * publicPreview('C-101', [{ kind: 'stay', lngLat: [121.4, 31.2], start: 0, end: 1, place: '3号楼 501室' }])
 * // → [{ caseCode: 'C-101', place: '3号楼 501室', start: 0, end: 1, warning: 'a building number (号楼/栋/幢)' }]
 */
export function publicPreview(caseCode: string, parts: readonly TrajectoryPart[]): PublicPreviewRow[] {
  return parts.map((part) => {
    const [start, end] = part.kind === 'stay' ? [part.start, part.end] : [part.times[0], part.times[part.times.length - 1]];
    const place = part.place ?? null;
    return { caseCode, place, start, end, warning: addressWarning(place) };
  });
}
