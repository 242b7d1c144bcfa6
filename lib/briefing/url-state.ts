/** What a briefing link reopens: the time, the view and the visible legend entries. */
export type BriefingUrlState = {
  /** ISO instant the map shows; undefined means "now" (or the end of a historic dataset). */
  at?: string;
  /** Start of the window for new cases and changes; undefined means 24 h before `at`. */
  since?: string;
  /** View centre, `[lng, lat]`. */
  center?: [number, number];
  zoom?: number;
  /** Legend entry ids that are visible; undefined means all. */
  layers?: string[];
  /** Days of case tracks shown before `at`. */
  trackDays?: number;
};

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * Writes the state as URL search parameters (`at`, `since`, `c=lng,lat`, `z`, `layers=a,b`, `days`), leaving
 * out what is unset so short links stay short. Coordinates are rounded to ~1 m, the zoom to 0.01.
 *
 * @example
 * encodeBriefingState({ at: '2020-03-10T14:59:59.999Z', center: [126.9, 37.5], zoom: 12 }).toString()
 * // → 'at=2020-03-10T14%3A59%3A59.999Z&c=126.9%2C37.5&z=12'
 */
export function encodeBriefingState(state: BriefingUrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.at) params.set('at', state.at);
  if (state.since) params.set('since', state.since);
  if (state.center) params.set('c', `${round(state.center[0], 5)},${round(state.center[1], 5)}`);
  if (state.zoom !== undefined) params.set('z', String(round(state.zoom, 2)));
  if (state.layers) params.set('layers', state.layers.join(','));
  if (state.trackDays !== undefined) params.set('days', String(state.trackDays));
  return params;
}

const finite = (text: string | null | undefined): number | undefined => {
  if (text === null || text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
};

/**
 * Reads the state back from search parameters, dropping anything malformed or out of range (a pasted
 * link with a typo opens the default picture rather than an error).
 *
 * @example
 * decodeBriefingState(new URLSearchParams('c=126.9,37.5&z=12&layers=zones-sealed')) // → { center: [126.9, 37.5], zoom: 12, layers: ['zones-sealed'] }
 */
export function decodeBriefingState(params: URLSearchParams): BriefingUrlState {
  const state: BriefingUrlState = {};
  const at = params.get('at');
  if (at && !Number.isNaN(Date.parse(at))) state.at = new Date(at).toISOString();
  const since = params.get('since');
  if (since && !Number.isNaN(Date.parse(since)) && (!state.at || Date.parse(since) < Date.parse(state.at))) state.since = new Date(since).toISOString();
  const [lng, lat] = (params.get('c') ?? '').split(',').map(finite);
  if (lng !== undefined && lat !== undefined && Math.abs(lng) <= 180 && Math.abs(lat) <= 90) state.center = [lng, lat];
  const zoom = finite(params.get('z'));
  if (zoom !== undefined && zoom >= 0 && zoom <= 24) state.zoom = zoom;
  const layers = params.get('layers');
  if (layers !== null) state.layers = layers.split(',').filter((id) => /^[a-z0-9-]{1,40}$/.test(id));
  const days = finite(params.get('days'));
  if (days !== undefined && Number.isInteger(days) && days >= 1 && days <= 60) state.trackDays = days;
  return state;
}
