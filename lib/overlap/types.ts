import type { LngLat } from '../trajectory/types';

/** One maximal window of exposure to one case, as reported to the resident. */
export type Overlap = {
  caseCode: string;
  /** Epoch ms, fractional: window ends are roots of the exposure equations, not fix times. */
  from: number;
  to: number;
  /**
   * Distance mode: to − from in minutes. Companion mode: the co-present minutes summed over the window,
   * which may be less than to − from.
   */
  minutes: number;
  /** Planar metres in a local projection (within 0.5% of the geodesic distance at city scale). */
  minDistanceMeters: number;
  /** The resident's position at the closest approach. */
  closest: LngLat;
  /** The case part's place name at the closest approach, if it had one. */
  place?: string;
  /** Companion mode: the H3 cell shared at the closest approach. */
  cell?: string;
  /** When the case itself was there (epoch ms), filled in by lib/check/case-time-there.ts where the index is. */
  caseFrom?: number;
  caseTo?: number;
};
