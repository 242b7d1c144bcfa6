import type { FeatureCollection } from 'geojson';
import type { CheckAnswer } from '../check/check-answer';
import type { CaseTrack, TrajectoryPart } from '../trajectory/types';

/** The trajectory the resident gave, and for an upload the file itself (the server mode sends it as is). */
export type GivenTrajectory = {
  parts: TrajectoryPart[];
  /** The trajectory simplified for the map (an upload's, made in the parse worker); else drawn from `parts`. */
  display?: FeatureCollection;
  file?: { blob: Blob; name: string };
  /** Positions in the file that could not be used. */
  droppedPoints?: number;
  /** Records of the file that could not be read and were skipped. */
  skippedRecords?: number;
  /** The zone times without an offset were read in (the resident may change it before checking). */
  assumedTimeZone?: string;
};

export type CheckMode = 'private' | 'server';

/** One check's result as the screen keeps it: the answer, how it was made, and what the map needs. */
export type CheckResultState = {
  answer: CheckAnswer;
  mode: CheckMode;
  /** Case tracks in the days checked (public data), for drawing the overlapped cases on the map. */
  caseTracks: CaseTrack[];
  given: GivenTrajectory;
  /** The zone times are shown in (the browser's). */
  timeZone: string;
};
