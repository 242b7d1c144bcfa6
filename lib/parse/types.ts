import type { ErrorParams } from '../errors/app-error';
import type { ErrorCode } from '../errors/catalogue';
import type { ParseWarningCode } from '../errors/codes-parse-warnings';
import type { CaseTrack, TrajectoryPart } from '../trajectory/types';

/** Formats a resident can upload as their own trajectory. */
export type TrajectoryFormat = 'gpx' | 'kml' | 'geojson' | 'csv' | 'google-location-history' | 'geolife-plt';

/**
 * Formats staff import published case tracks from: the interchange GeoJSON, the case CSV, a KML file holding one
 * case (Taiwan `#!metadata` convention included), two published data sets with their own columns, and the
 * phone and GPS logs a resident can upload (GPX, Google location history, GeoLife), each holding one case.
 */
export type CaseTrackFormat = 'geojson' | 'csv' | 'kml' | 'israel-moh-csv' | 'taiwan-g0v-geojson' | 'gpx' | 'google-location-history' | 'geolife-plt';

export type CaseClassification = 'confirmed' | 'asymptomatic';

export type CommonParseOptions = {
  /** Used to sniff the format from the extension, and as the case code of a one-case KML file. */
  fileName?: string;
  /** IANA zone for date-times written without an offset. Defaults to the runtime's zone (the browser's). */
  timeZone?: string;
  /** Fixes further apart than this start a new movement (see `fixesToParts`). Default 30. */
  maxGapMinutes?: number;
  /** Epoch ms taken as the present when rejecting future times. Default `Date.now()`. */
  now?: number;
  /** Refuse files with more positions than this rather than hang. Default 1,000,000. */
  maxPoints?: number;
  /**
   * Skip records that cannot be read while the rest is usable (a resident's file, the default), rather than refuse
   * the file at the first one (published case data imported by staff).
   */
  skipUnreadable?: boolean;
};

/**
 * Something the reader should know about a file that was read (points dropped or sorted, times interpolated or
 * read in an assumed zone): a code of lib/errors/codes-parse-warnings.ts and its parameters, rendered in the
 * reader's language at the edge (`renderError`), as errors are.
 */
export type ParseWarning = { code: ParseWarningCode; params: ErrorParams };

/** Records of a resident's file that could not be read and were left out; `first` is the first one's coded error. */
export type SkippedRecords = { count: number; total: number; first: { code: ErrorCode; params: ErrorParams } };

export type ParseTrajectoryOptions = CommonParseOptions & {
  /** Skip sniffing and read the file as this format. */
  format?: TrajectoryFormat;
};

export type ParsedTrajectory = {
  format: TrajectoryFormat;
  /** Movements and stays, ordered by start time. */
  parts: TrajectoryPart[];
  /** Things the resident should know: dropped points, sorted points, interpolated times. */
  warnings: ParseWarning[];
  /** Timed positions kept: stays plus movement vertices. */
  pointCount: number;
  /** Positions in the file that were not kept: no time, a repeated time, an unreadable record. */
  droppedPoints?: number;
  /** Set when some records could not be read and were skipped; the rest is the trajectory. */
  skippedRecords?: SkippedRecords;
  /** Set when some times had no UTC offset and were read as wall time in this zone. */
  assumedTimeZone?: string;
};

export type ParseCaseTracksOptions = CommonParseOptions & {
  format?: CaseTrackFormat;
  /** Case code for files that hold one case without naming it (KML, GPX, Google, GeoLife; CSV or GeoJSON without a caseCode). */
  caseCode?: string;
  /** Classification for files that do not state one. */
  classification?: CaseClassification;
};

export type ParsedCaseTrack = CaseTrack & { classification?: CaseClassification };

export type ParsedCaseTracks = {
  format: CaseTrackFormat;
  tracks: ParsedCaseTrack[];
  /** Per-row notes: skipped or repaired rows of published data name their line or feature. */
  warnings: ParseWarning[];
  pointCount: number;
  assumedTimeZone?: string;
};
