import type { ZoneKind } from '@/lib/db/schema';

/**
 * All map colours in one place. Zone kinds follow the severity ramp residents know from 2022 notices
 * (sealed red, controlled orange, precaution yellow) and also differ by outline dash and fill density,
 * so they stay apart in black-and-white print.
 */
export const theme = {
  zone: {
    sealed: { fill: '#d32f2f', outline: '#8e0000', fillOpacity: 0.38, dash: [1] as number[], width: 2.5 },
    controlled: { fill: '#f57c00', outline: '#a84f00', fillOpacity: 0.26, dash: [4, 2] as number[], width: 2 },
    precaution: { fill: '#fbc02d', outline: '#8a6d00', fillOpacity: 0.16, dash: [1, 2] as number[], width: 1.6 },
  } satisfies Record<ZoneKind, { fill: string; outline: string; fillOpacity: number; dash: number[]; width: number }>,
  community: { outline: '#455a64', fill: '#90a4ae', gridCell: '#78909c', selected: '#0d47a1' },
  /** A no-epidemic community (无疫社区): green, the colour 2022 notices used for it. */
  noEpidemic: { fill: '#43a047', outline: '#1b5e20' },
  caseTrack: { line: '#5e35b1', place: '#4527a0', placeStroke: '#ffffff', halo: '#ffffff' },
  /** Case track density at district zoom: light lilac to the case colour, readable under zone fills. */
  caseDensity: ['#d1c4e9', '#9575cd', '#5e35b1', '#311b92'] as const,
  residentTrack: { line: '#00838f', place: '#006064' },
  overlap: { line: '#e91e63' },
  /** The published data's area on the check map: a dashed outline, no fill, so the map under it stays readable. */
  coverageArea: { outline: '#37474f' },
  /** The briefing's "changes since yesterday" highlight: black and grey so it survives grey print. */
  change: { added: '#111111', lifted: '#555555' },
  base: { background: '#dfe8ee', land: '#f6f5f1', border: '#b8bfc6' },
} as const;
