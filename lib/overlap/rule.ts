import { z } from '@/lib/validation/zod';
import { DEFAULT_MAX_GAP_MINUTES } from '../trajectory/fixes-to-parts';

/**
 * Distance mode: the resident is exposed at time t if some position the case occupied at a time in
 * [t − toleranceMinutes, t] lies within distanceMeters of the resident's position at t.
 */
export type DistanceRule = {
  mode: 'distance';
  distanceMeters: number;
  toleranceMinutes: number;
  /** Report overlaps lasting at least this long; 0 keeps an instantaneous pass. */
  minOverlapMinutes: number;
  /** Consecutive vertices further apart in time are not joined (position unknown in between). */
  maxGapMinutes: number;
};

/**
 * Companion mode (时空伴随): resident and case in the same H3 cell at the same time, for more than
 * minCompanionMinutes in total within one overlap.
 */
export type CompanionRule = {
  mode: 'companion';
  /** H3 resolution; 8 gives cells of ~0.74 km² (edge ~0.53 km), the nearest to an 800 m × 800 m grid. */
  h3Resolution: number;
  /** Co-present time must exceed this (strictly), summed over one overlap. */
  minCompanionMinutes: number;
  /** Co-presence intervals closer in time than this are one overlap (their co-present time adds up). */
  joinGapMinutes: number;
  /** Movements are densified at this step before their cell crossings are refined (see cell-spans.ts). */
  densifyMeters: number;
  maxGapMinutes: number;
};

export type OverlapRule = DistanceRule | CompanionRule;

export const PRESET_NAMES = ['same-place', 'after-case', 'companion'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export type Preset = { rule: OverlapRule; label: string; source: string };

/** Named rules with where each comes from, so a report can say which public rule it applied. */
export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  'same-place': {
    label: 'Same place, same time, 15 minutes',
    source:
      "Israel Ministry of Health's HaMagen app (2020): same place (≈50 m) at the same time for at least 15 minutes; " +
      'https://github.com/MohGovIL/hamagen-react-native',
    rule: {
      mode: 'distance',
      distanceMeters: 50,
      toleranceMinutes: 0,
      minOverlapMinutes: 15,
      maxGapMinutes: DEFAULT_MAX_GAP_MINUTES,
    },
  },
  'after-case': {
    label: 'Where a case was, up to 4 hours later',
    source:
      "MIT Safe Paths' early matching rule (2020): within ≈50 m of a point a case had been at up to 4 hours before; " +
      'https://github.com/Path-Check/safeplaces-dct-app',
    rule: {
      mode: 'distance',
      distanceMeters: 50,
      toleranceMinutes: 240,
      minOverlapMinutes: 0,
      maxGapMinutes: DEFAULT_MAX_GAP_MINUTES,
    },
  },
  companion: {
    label: 'Spatio-temporal companion (时空伴随)',
    source:
      'China, 2021–2022 (first defined publicly by Chengdu, Nov 2021): the same 800 m × 800 m grid cell as a case ' +
      'for more than 10 minutes; approximated with H3 resolution-8 cells',
    rule: {
      mode: 'companion',
      h3Resolution: 8,
      minCompanionMinutes: 10,
      joinGapMinutes: DEFAULT_MAX_GAP_MINUTES,
      densifyMeters: 50,
      maxGapMinutes: DEFAULT_MAX_GAP_MINUTES,
    },
  },
};

/** The rule when none is given: 100 m, same time, any duration. */
export const DEFAULT_RULE: DistanceRule = {
  mode: 'distance',
  distanceMeters: 100,
  toleranceMinutes: 0,
  minOverlapMinutes: 0,
  maxGapMinutes: DEFAULT_MAX_GAP_MINUTES,
};

const FOURTEEN_DAYS_MINUTES = 14 * 24 * 60;

/**
 * What a client may send: explicit parameters (each defaulting as in DEFAULT_RULE) or a preset name.
 * The distance is capped at 5 km because the engine's local planar projection is meant for city scale.
 */
export const ruleInputSchema = z.union([
  z.strictObject({ preset: z.enum(PRESET_NAMES) }),
  z.strictObject({
    distanceMeters: z.number().finite().min(0).max(5_000).optional(),
    toleranceMinutes: z.number().finite().min(0).max(FOURTEEN_DAYS_MINUTES).optional(),
    minOverlapMinutes: z.number().finite().min(0).max(FOURTEEN_DAYS_MINUTES).optional(),
    maxGapMinutes: z.number().finite().min(0).max(FOURTEEN_DAYS_MINUTES).optional(),
  }),
]);

export type RuleInput = z.infer<typeof ruleInputSchema>;

/**
 * Turns a preset name, explicit parameters or an already resolved rule into a complete rule. Throws a
 * ZodError on invalid input.
 *
 * @example
 * resolveRule({ preset: 'same-place' }) // → { mode: 'distance', distanceMeters: 50, toleranceMinutes: 0, minOverlapMinutes: 15, maxGapMinutes: 30 }
 * resolveRule({ distanceMeters: 20 })   // → { mode: 'distance', distanceMeters: 20, toleranceMinutes: 0, minOverlapMinutes: 0, maxGapMinutes: 30 }
 */
export function resolveRule(input?: RuleInput | OverlapRule): OverlapRule {
  if (input === undefined) return { ...DEFAULT_RULE };
  if ('mode' in input) return { ...input };
  const parsed = ruleInputSchema.parse(input);
  if ('preset' in parsed) return { ...PRESETS[parsed.preset].rule };
  return {
    mode: 'distance',
    distanceMeters: parsed.distanceMeters ?? DEFAULT_RULE.distanceMeters,
    toleranceMinutes: parsed.toleranceMinutes ?? DEFAULT_RULE.toleranceMinutes,
    minOverlapMinutes: parsed.minOverlapMinutes ?? DEFAULT_RULE.minOverlapMinutes,
    maxGapMinutes: parsed.maxGapMinutes ?? DEFAULT_RULE.maxGapMinutes,
  };
}
