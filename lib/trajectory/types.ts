/**
 * The trajectory model shared by the parsers, the overlap engine, the database layer and the UI.
 *
 * Coordinates are `[lng, lat]` in EPSG:4326 (WGS84). Times are epoch milliseconds (UTC), so that
 * the engine's inner loop does plain number arithmetic; ISO strings live only at the edges
 * (files, the API, the database).
 */

export type LngLat = [lng: number, lat: number];

/** A point occupied from `start` to `end` (inclusive). A lone timed fix is a stay with start === end. */
export type Stay = {
  kind: 'stay';
  lngLat: LngLat;
  start: number;
  end: number;
  /** Place name as published (case tracks) or given by the resident. */
  place?: string;
  /** Case tracks: the source gave a half day ("上午") or a date only, so the times are a convention. */
  isTimeApproximate?: boolean;
};

/**
 * A line with one time per vertex; the position between two vertices is interpolated linearly in time.
 * Invariants: `lngLats.length === times.length >= 2`, `times` non-decreasing.
 */
export type Movement = {
  kind: 'movement';
  lngLats: LngLat[];
  times: number[];
  place?: string;
};

export type TrajectoryPart = Stay | Movement;

/** A published case's activity track: its code and its timed parts. */
export type CaseTrack = {
  caseCode: string;
  parts: TrajectoryPart[];
};
