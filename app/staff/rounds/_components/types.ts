/** A community with its grid cells, as the rounds form and filter list them. */
export type RoundPlace = {
  id: number;
  name: string;
  district: string;
  population: number | null;
  gridCells: { id: number; name: string }[];
};

/** One change of a community's no-epidemic status, in the reader's words. */
export type HistoryRow = { day: string; dayText: string; from: string; to: string; isNoEpidemic: boolean; reasons: string[] };

/** A community's status now: the label and the sentences that explain it. */
export type RoundStatus = { isNoEpidemic: boolean; label: string; detail: string[] };
