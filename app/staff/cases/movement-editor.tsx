'use client';
import { addressWarning } from '@/lib/cases/looks-like-address';
import { PersonalDataWarning } from '../_components/personal-data-warning';
import { length, lineString } from '@turf/turf';
import type { Messages } from '@/lib/i18n/messages';
import { fillTimesByDistance, timesByDistance, type VertexProblem, type VertexTime } from '@/lib/cases/movement-times';
import type { LngLat } from '@/lib/trajectory/types';

/** A movement in the case editor: the drawn line, its label, and one datetime-local value per vertex ('' = not given). */
export type MovementRow = { key: number; kind: 'movement'; place: string; lngLats: LngLat[]; times: string[] };

/** A datetime-local value with seconds (the browser's wall time) for an instant, and back. */
export const toLocalSeconds = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
export const vertexTimesOf = (times: readonly string[]): VertexTime[] => times.map((v) => (v ? new Date(v).getTime() : null)).map((t) => (t !== null && Number.isFinite(t) ? t : null));

const PROBLEM_KEYS = {
  'too-few': 'movementTooFew',
  count: 'movementTooFew',
  missing: 'vertexMissing',
  'too-early': 'vertexTooEarly',
  future: 'vertexFuture',
  backwards: 'vertexBackwards',
  'too-fast': 'vertexTooFast',
  'too-long': 'movementTooLong',
} as const;

/** A problem in the interface's language. */
export function problemText(problem: VertexProblem, t: Messages): string {
  let text: string = t[PROBLEM_KEYS[problem.code]];
  for (const [name, value] of Object.entries(problem.params ?? {})) text = text.replace(`{${name}}`, String(value));
  return text;
}

type Props = {
  row: MovementRow;
  /** 1-based number among the case's movements. */
  number: number;
  problems: VertexProblem[];
  t: Messages;
  onChange: (patch: Partial<MovementRow>) => void;
  /** The vertex (0-based) whose time has focus, to highlight it on the map; null when none. */
  onFocusVertex: (vertex: number | null) => void;
  /** Whether this movement's line is on the map to reshape, and the button that toggles it. */
  isReshaping: boolean;
  onReshape: () => void;
};

/**
 * A drawn movement's label and its time table (vertex #, time), with the two helpers that spare typing
 * thirty times: time every vertex by distance from the first and last, or fill only the empty ones
 * between the times given. Problems show under the vertex they concern.
 */
export function MovementEditor({ row, number, problems, t, onChange, onFocusVertex, isReshaping, onReshape }: Props) {
  const times = vertexTimesOf(row.times);
  const known = times.filter((x): x is number => x !== null);
  const km = length(lineString(row.lngLats), { units: 'kilometers' });
  const minutes = known.length >= 2 ? Math.round((Math.max(...known) - Math.min(...known)) / 60_000) : 0;
  const first = times[0];
  const last = times[times.length - 1];
  const byVertex = new Map<number, VertexProblem[]>();
  for (const p of problems) byVertex.set(p.vertex, [...(byVertex.get(p.vertex) ?? []), p]);
  const setTimes = (filled: VertexTime[]) => onChange({ times: filled.map((x, i) => (x === null ? row.times[i] : toLocalSeconds(x))) });

  return (
    <div className="movement" data-testid="movement-editor">
      <label htmlFor={`movement-${row.key}`}>{t.movement.replace('{n}', String(number))}</label>
      <input id={`movement-${row.key}`} placeholder={t.movementPlaceholder} value={row.place} maxLength={200} onChange={(e) => onChange({ place: e.target.value })} />
      <PersonalDataWarning text={row.place} message={t.caseAddressWarning} warningOf={addressWarning} />
      <p className="meta">
        {t.movementSummary.replace('{n}', String(row.lngLats.length)).replace('{km}', km.toFixed(2)).replace('{minutes}', String(minutes))}
      </p>
      {byVertex.get(0)?.map((p) => (
        <p key={p.code} className="form-error">{problemText(p, t)}</p>
      ))}
      <p className="hint">{t.movementTimesHint}</p>
      <div className="movement-helpers">
        <button type="button" aria-pressed={isReshaping} onClick={onReshape}>
          {isReshaping ? t.movementReshapeDone : t.movementReshape}
        </button>
        <button type="button" disabled={first === null || last === null} onClick={() => setTimes(timesByDistance(row.lngLats, first as number, last as number))}>
          {t.movementRetime}
        </button>
        <button type="button" disabled={known.length < 2} onClick={() => setTimes(fillTimesByDistance(row.lngLats, times))}>
          {t.movementFill}
        </button>
      </div>
      <table className="vertex-times">
        <thead>
          <tr>
            <th scope="col">{t.movementVertex}</th>
            <th scope="col">{t.time}</th>
          </tr>
        </thead>
        <tbody>
          {row.lngLats.map((_, i) => {
            const here = byVertex.get(i + 1) ?? [];
            return (
              <tr key={i} data-testid="vertex-row" className={here.length ? 'has-problem' : undefined}>
                <td>{i + 1}</td>
                <td>
                  <input
                    type="datetime-local"
                    step={1}
                    aria-label={t.movementVertexTime.replace('{n}', String(number)).replace('{v}', String(i + 1))}
                    aria-invalid={here.length > 0}
                    value={row.times[i]}
                    onFocus={() => onFocusVertex(i)}
                    onBlur={() => onFocusVertex(null)}
                    onChange={(e) => onChange({ times: row.times.map((v, j) => (j === i ? e.target.value : v)) })}
                  />
                  {here.map((p) => (
                    <div key={p.code} className="form-error" role="alert">
                      {problemText(p, t)}
                    </div>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
