import type { ZoneKind } from '@/lib/enums';
import type { OutlineRepair } from './building-outline';
import { DEFAULT_OUTLINE_RADII, DEFAULT_RADII, type ZoneRadii } from './generate-zones';

/** A basemap layer drawing buildings (see lib/map/building-layers). */
export type BuildingLayer = { id: string; source: string; sourceLayer: string };

/**
 * Generating three zones: around a point (pick it, then edit the drafts) or around a building's outline
 * (draw, pick or paste it, generate, then edit). `ids` maps the drafts' terra-draw ids to their kind.
 */
export type Generate = {
  source: 'point' | 'outline';
  phase: 'pick' | 'outline' | 'edit';
  radii: ZoneRadii;
  /** The name the three zones share ("<base> · <kind>"). */
  base: string;
  ids: ReadonlyMap<string, ZoneKind>;
  pasted: string;
  /** The basemap's building layers (none on the built-in basemap), and whether a click picks one now. */
  buildings: readonly BuildingLayer[];
  isPickingBuilding: boolean;
};

/**
 * Generating around a point: the next map click picks it.
 *
 * @example
 * startPointGenerate().phase // → 'pick'
 */
export function startPointGenerate(): Generate {
  return { source: 'point', phase: 'pick', radii: { ...DEFAULT_RADII }, base: '', ids: new Map(), pasted: '', buildings: [], isPickingBuilding: false };
}

/**
 * Generating around a building outline, drawn, pasted, or picked from one of the basemap's building layers.
 *
 * @example
 * startOutlineGenerate([]).phase // → 'outline'
 */
export function startOutlineGenerate(buildings: readonly BuildingLayer[]): Generate {
  return { source: 'outline', phase: 'outline', radii: { ...DEFAULT_OUTLINE_RADII }, base: '', ids: new Map(), pasted: '', buildings, isPickingBuilding: false };
}

/**
 * The drafts are on the map: their ids by kind, editable, and no building picking any more.
 *
 * @example
 * withDrafts(generate, new Map([['a', 'sealed']])).phase // → 'edit'
 */
export function withDrafts(generate: Generate, ids: ReadonlyMap<string, ZoneKind>): Generate {
  return { ...generate, phase: 'edit', ids, isPickingBuilding: false };
}

/**
 * The smallest distance a kind's input allows: an outline's sealed zone may be the building itself (0 m).
 *
 * @example
 * minRadius(startOutlineGenerate([]), 'sealed') // → 0
 */
export function minRadius(generate: Pick<Generate, 'source'>, kind: ZoneKind): number {
  return generate.source === 'outline' && kind === 'sealed' ? 0 : 10;
}

/** The hint for the current step. */
export const GENERATE_HINT_KEYS = { pick: 'generatePick', outline: 'generateOutlineHint', edit: 'generateEdit' } as const;

const REPAIR_KEYS = { 'joined-parts': 'outlineJoined', 'filled-courtyards': 'outlineFilled' } as const satisfies Record<OutlineRepair, string>;

/**
 * The message keys telling staff how an outline was repaired.
 *
 * @example
 * repairKeys(['filled-courtyards']) // → ['outlineFilled']
 */
export function repairKeys(repairs: readonly OutlineRepair[]): (typeof REPAIR_KEYS)[OutlineRepair][] {
  return repairs.map((r) => REPAIR_KEYS[r]);
}

/**
 * What to generate around: the pasted outline when something is pasted (it replaces the drawing), else
 * the drawn one; `none` when there is neither, the parser's message when the paste is not JSON.
 *
 * @example
 * outlineInput('', square) // → { input: square }
 * outlineInput('', null) // → { problem: 'none' }
 */
export function outlineInput(pasted: string, drawn: unknown): { input: unknown } | { problem: 'none' } | { problem: 'not-json'; message: string } {
  if (pasted.trim()) {
    try {
      return { input: JSON.parse(pasted) };
    } catch (error) {
      return { problem: 'not-json', message: (error as Error).message };
    }
  }
  return drawn ? { input: drawn } : { problem: 'none' };
}
