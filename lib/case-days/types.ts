import type { CoverageBasis } from '../check/coverage';
import type { TrajectoryPart } from '../trajectory/types';

/** One published visit of a case as a day file holds it: its place in the case's whole track and the part. */
export type DayVisit = { seq: number; part: TrajectoryPart };

/** The published case tracks of one local day: every visit (whole, not clipped) that touches the day. */
export type DayTracks = {
  /** Local calendar day in the deployment's zone (GRIDWATCH_TZ), `YYYY-MM-DD`. */
  day: string;
  /** Epoch ms of the day's first and (exclusive) last instant. */
  start: number;
  end: number;
  /** Cases in code order, visits in track order. */
  cases: { caseCode: string; visits: DayVisit[] }[];
};

/** One line of the manifest: a day and the content address of its file. */
export type CaseDayEntry = {
  day: string;
  /** ISO instants of the day's start and (exclusive) end, so a client needs no time-zone rules. */
  start: string;
  end: string;
  hash: string;
  /** The file's path under the day-file route: `<day>.<hash>.bin`. */
  file: string;
  bytes: number;
};

/** GET /api/case-tracks/days: what the private check reads first. */
export type CaseDayManifest = {
  /** 2: day files of version 2 (columns, lib/case-days/day-file-codec.ts), and the coverage basis here. */
  v: 2;
  timeZone: string;
  days: CaseDayEntry[];
  /** Published cases in all days together. */
  caseCount: number;
  /**
   * What the published data covers (as GET /api/coverage answers), so the private check judges coverage
   * without another request. Absent until the server has read it.
   */
  basis?: CoverageBasis;
};
