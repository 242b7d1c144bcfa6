import { ZONE_KINDS, type ZoneKind } from '@/lib/enums';
import type { Messages } from '@/lib/i18n/messages';
import { theme } from '@/lib/map/theme';
import type { MapSourceMode } from './map-source-mode';

/** A legend swatch, drawn the same on the page and in the exported PNG. */
export type LegendSwatchSpec = { kind: 'zone'; zone: ZoneKind } | { kind: 'dot' | 'line' | 'ring' | 'heat'; color: string };

/** One row of the briefing's legend: the layers it shows or hides. */
export type BriefingLegendEntry = { id: string; label: string; layerIds: string[]; swatch: LegendSwatchSpec };

const ZONE_LABEL = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution' } as const;

/**
 * The briefing's legend rows: zones by kind, case density (when the map reads tiles, i.e. at scale), case
 * places and movements, the window's changes, communities and grid cells.
 *
 * @example
 * briefingLegendEntries(messages.en, 'tiles').map((e) => e.id)
 * // → ['zones-sealed', 'zones-controlled', 'zones-precaution', 'case-density', 'case-places', 'case-movements', 'changes', 'communities', 'grid-cells']
 */
export function briefingLegendEntries(m: Messages, mode: MapSourceMode): BriefingLegendEntry[] {
  return [
    ...ZONE_KINDS.map((kind) => ({
      id: `zones-${kind}`,
      label: m[ZONE_LABEL[kind]],
      layerIds: [`zones-fill-${kind}`, `zones-hatch-${kind}`, `zones-outline-${kind}`],
      swatch: { kind: 'zone' as const, zone: kind },
    })),
    ...(mode === 'tiles' ? [{ id: 'case-density', label: m.briefingCaseDensity, layerIds: ['case-density-heat'], swatch: { kind: 'heat' as const, color: theme.caseDensity[2] } }] : []),
    { id: 'case-places', label: m.casePlaces, layerIds: ['case-tracks-place'], swatch: { kind: 'dot', color: theme.caseTrack.place } },
    { id: 'case-movements', label: m.caseMovements, layerIds: ['case-tracks-halo', 'case-tracks-line'], swatch: { kind: 'line', color: theme.caseTrack.line } },
    { id: 'changes', label: m.briefingChangedZones, layerIds: ['changes-declared', 'changes-stepped', 'changes-lifted', 'case-tracks-new'], swatch: { kind: 'ring', color: theme.change.added } },
    { id: 'communities', label: m.communities, layerIds: ['communities-fill', 'communities-outline'], swatch: { kind: 'line', color: theme.community.outline } },
    { id: 'grid-cells', label: m.gridCells, layerIds: ['grid-cells-outline'], swatch: { kind: 'line', color: theme.community.gridCell } },
  ];
}
