'use client';
import type { Feature, FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { TerraDraw } from 'terra-draw';
import { CASE_CLASSIFICATIONS, type CaseClassification } from '@/lib/enums';
import type { StaffCase } from '@/lib/db/queries/case-edits';
import type { WorkspaceMapProps } from '../_components/workspace-props';
import { publicPreview } from '@/lib/cases/public-preview';
import { caseTrackLayers, movementVertexLayers } from '@/lib/map/layers/case-tracks';
import { movementTimeProblems, type VertexProblem } from '@/lib/cases/movement-times';
import { carryVertexTimes } from '@/lib/cases/reshape-times';
import { communityLayers } from '@/lib/map/layers/communities';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { GeoJsonLayers } from '../../_components/map/geojson-layers';
import { MapProvider } from '../../_components/map/map-provider';
import { MapClicks } from './map-clicks';
import { LineDrawing, lineFeature } from './line-drawing';
import { PersonalDataWarning } from '../_components/personal-data-warning';
import type { ListQuery } from '@/lib/lists/list-query';
import { CaseList } from './_components/case-list';
import { addressWarning } from '@/lib/cases/looks-like-address';
import { MovementEditor, toLocalSeconds, vertexTimesOf, type MovementRow } from './movement-editor';

/** `cases` is one server page of the list (see `listStaffCasePage`). */
type Props = WorkspaceMapProps & { cases: StaffCase[]; listing: { query: ListQuery; total: number } };

type StayRow = { key: number; kind: 'stay'; place: string; lngLat: [number, number]; start: string; end: string };
type VisitRow = StayRow | MovementRow;
type Draft = { code: string; classification: CaseClassification; reportedAt: string; communityId: number | null; visits: VisitRow[]; isExisting: boolean; version?: number };

const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : '');
/** Where the next visit starts: the end of the last one (to the minute, as place times are typed). */
const endOf = (visit: VisitRow | undefined): string | undefined => (visit ? (visit.kind === 'stay' ? visit.end : visit.times[visit.times.length - 1] || undefined) : undefined);
let nextKey = 1;

const emptyDraft = (): Draft => ({ code: '', classification: 'confirmed', reportedAt: toLocalInput(new Date().toISOString()), communityId: null, visits: [], isExisting: false });

/** A stored case's visits as trajectory parts (for the public preview). */
function partsOf(c: StaffCase): TrajectoryPart[] {
  return c.visits.map((v) =>
    v.geometry.type === 'Point'
      ? { kind: 'stay', lngLat: v.geometry.coordinates as [number, number], start: Date.parse(v.startsAt), end: Date.parse(v.endsAt), ...(v.place ? { place: v.place } : {}) }
      : { kind: 'movement', lngLats: v.geometry.coordinates as [number, number][], times: (v.coordTimes ?? [v.startsAt, v.endsAt]).map((t) => Date.parse(t)), ...(v.place ? { place: v.place } : {}) },
  );
}

/** A stored visit as an editor row: stays with minute times, movements with one time per vertex. */
function rowOf(v: StaffCase['visits'][number]): VisitRow {
  if (v.geometry.type === 'Point') return { key: nextKey++, kind: 'stay', place: v.place ?? '', lngLat: v.geometry.coordinates as [number, number], start: toLocalInput(v.startsAt), end: toLocalInput(v.endsAt) };
  const lngLats = v.geometry.coordinates as [number, number][];
  const times = v.coordTimes ?? lngLats.map((_, i) => (i === lngLats.length - 1 ? v.endsAt : v.startsAt));
  return { key: nextKey++, kind: 'movement', place: v.place ?? '', lngLats, times: times.map((t) => toLocalSeconds(Date.parse(t))) };
}

/** The time problems of each movement, by row key; missing times only once staff have tried to save. */
function problemsByRow(visits: VisitRow[], showMissing: boolean): Map<number, VertexProblem[]> {
  const now = Date.now();
  const byRow = new Map<number, VertexProblem[]>();
  for (const v of visits) {
    if (v.kind !== 'movement') continue;
    const problems = movementTimeProblems(v.lngLats, vertexTimesOf(v.times), { now }).filter((p) => showMissing || p.code !== 'missing');
    if (problems.length) byRow.set(v.key, problems);
  }
  return byRow;
}

/** The cases workspace: list, editor (places by clicking the map), file import, public preview and publishing. */
export function CaseWorkspace(props: Props) {
  const t = props.messages;
  const router = useRouter();
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const drawRef = useRef<TerraDraw | null>(null);
  const [isDrawingLine, setIsDrawingLine] = useState(false);
  // The movement whose line is on the drawing layer to reshape; a ref too, for terra-draw's callback.
  const [reshapingKey, setReshapingKey] = useState<number | null>(null);
  const reshapingKeyRef = useRef<number | null>(null);
  const [focusedVertex, setFocusedVertex] = useState<{ key: number; index: number } | null>(null);
  const [showMissing, setShowMissing] = useState(false);

  const when = useCallback((iso: string | number) => new Date(iso).toLocaleString(props.locale, { timeZone: props.timeZone, dateStyle: 'short', timeStyle: 'short' }), [props.locale, props.timeZone]);
  const selectedCase = props.cases.find((c) => c.code === selected) ?? null;
  const homeCommunities = useMemo(
    () => props.communities.features.map((f) => ({ id: Number(f.id), name: String(f.properties?.name ?? f.id), district: String(f.properties?.district ?? '') })).sort((a, b) => a.district.localeCompare(b.district) || a.name.localeCompare(b.name)),
    [props.communities],
  );
  const communityName = (id: number | null) => (id === null ? null : (homeCommunities.find((c) => c.id === id)?.name ?? String(id)));

  const track = useMemo<FeatureCollection>(() => {
    const features: Feature[] = draft
      ? draft.visits.map((v) => ({
          type: 'Feature',
          geometry: v.kind === 'stay' ? { type: 'Point', coordinates: v.lngLat } : { type: 'LineString', coordinates: v.lngLats },
          properties: { caseCode: draft.code, place: v.place },
        }))
      : (selectedCase?.visits ?? []).map((v) => ({ type: 'Feature', geometry: v.geometry, properties: { caseCode: selectedCase?.code, place: v.place } }));
    return { type: 'FeatureCollection', features };
  }, [draft, selectedCase]);

  /** The vertices of the movements being edited, the focused one flagged (its row has the cursor). */
  const vertices = useMemo<FeatureCollection>(() => {
    const features: Feature[] = (draft?.visits ?? []).flatMap((v) =>
      v.kind === 'movement'
        ? v.lngLats.map((lngLat, index): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: lngLat }, properties: { vertex: index + 1, isFocused: focusedVertex?.key === v.key && focusedVertex.index === index } }))
        : [],
    );
    return { type: 'FeatureCollection', features };
  }, [draft, focusedVertex]);

  const problems = useMemo(() => problemsByRow(draft?.visits ?? [], showMissing), [draft, showMissing]);
  // "Fix the times marked in red" goes once nothing is marked.
  const shownNotice = notice?.kind === 'error' && notice.text === t.caseFixTimes && problems.size === 0 ? null : notice;

  // The click that finishes a line reaches the map after terra-draw has handed the line over and place
  // clicking is back on: it must not also add a place.
  const lineFinishedAt = useRef(0);
  const addVisit = useCallback((lngLat: [number, number]) => {
    if (performance.now() - lineFinishedAt.current < 500) return;
    setDraft((d) => {
      if (!d) return d;
      const start = endOf(d.visits[d.visits.length - 1])?.slice(0, 16) ?? toLocalInput(new Date().toISOString());
      return { ...d, visits: [...d.visits, { key: nextKey++, kind: 'stay', place: '', lngLat, start, end: start }] };
    });
  }, []);

  /** A finished line becomes a movement: its first vertex starts where the last visit ended, the rest to fill in. */
  const addMovement = useCallback((lngLats: [number, number][]) => {
    lineFinishedAt.current = performance.now();
    setIsDrawingLine(false);
    setDraft((d) => {
      if (!d) return d;
      const previous = endOf(d.visits[d.visits.length - 1]);
      const first = previous ? (previous.length === 16 ? `${previous}:00` : previous) : '';
      return { ...d, visits: [...d.visits, { key: nextKey++, kind: 'movement', place: '', lngLats, times: lngLats.map((_, i) => (i === 0 ? first : '')) }] };
    });
  }, []);

  /** A reshaped line replaces its movement's; the times typed stay with the vertices they belong to. */
  const reshapeMovement = useCallback((lngLats: [number, number][]) => {
    const key = reshapingKeyRef.current;
    setDraft((d) =>
      d && key !== null
        ? { ...d, visits: d.visits.map((v) => (v.key === key && v.kind === 'movement' ? { ...v, lngLats, times: carryVertexTimes(v.lngLats, v.times, lngLats, '') } : v)) }
        : d,
    );
  }, []);

  const setReshaping = (key: number | null) => {
    reshapingKeyRef.current = key;
    setReshapingKey(key);
  };

  const startLine = () => {
    const draw = drawRef.current;
    if (!draw) return;
    draw.clear();
    setReshaping(null);
    draw.setMode('linestring');
    setIsDrawingLine(true);
  };

  /** Puts the movement's line on the drawing layer, selected, so its vertices can be dragged, added and deleted. */
  const startReshape = (row: MovementRow) => {
    const draw = drawRef.current;
    if (!draw) return;
    draw.clear();
    setIsDrawingLine(false);
    draw.setMode('select');
    const [added] = draw.addFeatures([lineFeature(row.lngLats)]);
    if (!added?.valid) {
      draw.setMode('static');
      setNotice({ kind: 'error', text: added?.reason ?? t.movementTooFew });
      return;
    }
    setReshaping(row.key);
    draw.selectFeature(added.id as string);
  };

  /** Ends drawing or reshaping: the drawing layer is emptied, the movements are in the draft already. */
  const stopLine = () => {
    const draw = drawRef.current;
    if (draw) {
      draw.clear();
      draw.setMode('static');
    }
    setIsDrawingLine(false);
    setReshaping(null);
  };

  const send = async (url: string, method: string, body?: unknown): Promise<boolean> => {
    setIsSaving(true);
    try {
      const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      if (response.ok) return true;
      const json = (await response.json().catch(() => ({}))) as { error?: string };
      setNotice({ kind: 'error', text: json.error ?? `HTTP ${response.status}` });
      return false;
    } finally {
      setIsSaving(false);
    }
  };

  const done = (text = t.zoneSaved) => {
    setNotice({ kind: 'ok', text });
    router.refresh();
  };

  const saveDraft = async () => {
    if (!draft) return;
    if (problemsByRow(draft.visits, true).size > 0) {
      setShowMissing(true);
      setNotice({ kind: 'error', text: t.caseFixTimes });
      return;
    }
    const body = {
      code: draft.code,
      classification: draft.classification,
      reportedAt: fromLocalInput(draft.reportedAt),
      communityId: draft.communityId,
      // An edit names the version it read (a stale one is refused); a new case's code must be free.
      ...(draft.isExisting ? { version: draft.version } : { isNew: true }),
      visits: draft.visits.map((v) =>
        v.kind === 'stay'
          ? { place: v.place || null, lngLat: v.lngLat, start: fromLocalInput(v.start), end: fromLocalInput(v.end) }
          : { place: v.place || null, lngLats: v.lngLats, times: v.times.map(fromLocalInput) },
      ),
    };
    if (await send('/api/staff/cases', 'POST', body)) {
      stopLine();
      setSelected(draft.code);
      setDraft(null);
      setShowMissing(false);
      done();
    }
  };

  const importFile = async (file: File) => {
    if (await send('/api/staff/cases', 'POST', { file: { name: file.name, text: await file.text() } })) done();
  };

  const edit = (c: StaffCase) => {
    setDraft({
      code: c.code,
      classification: c.classification,
      reportedAt: toLocalInput(c.reportedAt),
      communityId: c.communityId,
      isExisting: true,
      version: c.version,
      visits: c.visits.map(rowOf),
    });
    setShowMissing(false);
    setNotice(null);
  };

  const setVisit = (key: number, patch: Partial<StayRow> | Partial<MovementRow>) =>
    setDraft((d) => (d ? { ...d, visits: d.visits.map((v) => (v.key === key ? ({ ...v, ...patch } as VisitRow) : v)) } : d));
  const cancelDraft = () => {
    stopLine();
    setDraft(null);
    setShowMissing(false);
  };
  const moveVisit = (index: number, by: number) =>
    setDraft((d) => {
      if (!d || index + by < 0 || index + by >= d.visits.length) return d;
      const visits = [...d.visits];
      [visits[index], visits[index + by]] = [visits[index + by], visits[index]];
      return { ...d, visits };
    });

  const preview = selectedCase ? publicPreview(selectedCase.code, partsOf(selectedCase)) : [];
  const bounds: LngLatBoundsLike | undefined = props.bounds ? [[props.bounds[0], props.bounds[1]], [props.bounds[2], props.bounds[3]]] : undefined;

  return (
    <main className="workspace">
      <aside className="workspace-side">
        {!props.canEdit ? <p className="hint">{t.readOnlyNotice}</p> : null}
        {shownNotice ? (
          <div role={shownNotice.kind === 'ok' ? 'status' : 'alert'} className={shownNotice.kind === 'ok' ? 'form-ok' : 'form-error'}>
            {shownNotice.text}
          </div>
        ) : null}
        {props.canEdit && !draft ? (
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
            <button type="button" className="staff-button" onClick={() => { setDraft(emptyDraft()); setSelected(null); setNotice(null); setShowMissing(false); }}>
              {t.caseNew}
            </button>
            <label className="staff-button secondary">
              {t.caseImport}
              <input type="file" hidden accept=".csv,.geojson,.json,.kml,.gpx,.plt" onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
            </label>
          </div>
        ) : null}
        {draft ? (
          <form className="staff-form" onSubmit={(e) => { e.preventDefault(); void saveDraft(); }}>
            <label htmlFor="case-code">{t.caseCode}</label>
            <input id="case-code" value={draft.code} readOnly={draft.isExisting} maxLength={40} onChange={(e) => setDraft({ ...draft, code: e.target.value })} />
            <label htmlFor="case-class">{t.classification}</label>
            <select id="case-class" value={draft.classification} onChange={(e) => setDraft({ ...draft, classification: e.target.value as CaseClassification })}>
              {CASE_CLASSIFICATIONS.map((c) => (
                <option key={c} value={c}>
                  {t[c]}
                </option>
              ))}
            </select>
            <label htmlFor="case-reported">{t.reportedAt}</label>
            <input id="case-reported" type="datetime-local" value={draft.reportedAt} onChange={(e) => setDraft({ ...draft, reportedAt: e.target.value })} />
            <label htmlFor="case-community">{t.caseHomeCommunity}</label>
            <select id="case-community" value={draft.communityId ?? ''} onChange={(e) => setDraft({ ...draft, communityId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">{t.caseHomeCommunityNone}</option>
              {homeCommunities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} · {c.district}
                </option>
              ))}
            </select>
            <p className="hint">{t.caseHomeCommunityHint}</p>
            {draft.isExisting && props.cases.some((c) => c.code === draft.code && c.status === 'published') ? (
              <p className="form-warning" role="status" data-testid="editing-published">
                {t.caseEditingPublished}
              </p>
            ) : null}
            <p className="hint">{isDrawingLine ? t.caseDrawLineHint : reshapingKey !== null ? t.movementReshapeHint : t.caseAddingPlaces}</p>
            <div style={{ display: 'flex', gap: 8 }}>
              {isDrawingLine ? (
                <button type="button" className="staff-button secondary" onClick={stopLine}>
                  {t.cancel}
                </button>
              ) : (
                <button type="button" className="staff-button secondary" onClick={startLine}>
                  {t.caseDrawLine}
                </button>
              )}
            </div>
            <ol className="visit-list">
              {draft.visits.map((v, i) => (
                <li key={v.key} data-testid="visit-row">
                  {v.kind === 'stay' ? (
                    <>
                      <input aria-label={`${t.place} ${i + 1}`} placeholder={t.place} value={v.place} maxLength={200} onChange={(e) => setVisit(v.key, { place: e.target.value })} />
                      <input aria-label={`${t.from} ${i + 1}`} type="datetime-local" value={v.start} onChange={(e) => setVisit(v.key, { start: e.target.value })} />
                      <input aria-label={`${t.to} ${i + 1}`} type="datetime-local" value={v.end} onChange={(e) => setVisit(v.key, { end: e.target.value })} />
                      <PersonalDataWarning text={v.place} message={t.caseAddressWarning} warningOf={addressWarning} />
                    </>
                  ) : (
                    <MovementEditor
                      row={v}
                      number={draft.visits.slice(0, i + 1).filter((x) => x.kind === 'movement').length}
                      problems={problems.get(v.key) ?? []}
                      t={t}
                      onChange={(patch) => setVisit(v.key, patch)}
                      onFocusVertex={(index) => setFocusedVertex(index === null ? null : { key: v.key, index })}
                      isReshaping={reshapingKey === v.key}
                      onReshape={() => (reshapingKey === v.key ? stopLine() : startReshape(v))}
                    />
                  )}
                  <span className="visit-actions">
                    <button type="button" aria-label="up" onClick={() => moveVisit(i, -1)}>↑</button>
                    <button type="button" aria-label="down" onClick={() => moveVisit(i, 1)}>↓</button>
                    <button
                      type="button"
                      onClick={() => {
                        if (reshapingKey === v.key) stopLine();
                        setDraft({ ...draft, visits: draft.visits.filter((x) => x.key !== v.key) });
                      }}
                    >
                      {t.deleteZone}
                    </button>
                  </span>
                </li>
              ))}
            </ol>
            <div style={{ display: 'flex', gap: 8 }}>
              <button type="submit" disabled={isSaving}>{isSaving ? t.saving : t.caseSaveDraft}</button>
              <button type="button" className="staff-button secondary" onClick={cancelDraft}>{t.cancel}</button>
            </div>
          </form>
        ) : null}
        {selectedCase && !draft ? (
          <section className="case-preview" data-testid="case-preview">
            <h2>{t.casePreviewTitle.replace('{code}', selectedCase.code)}</h2>
            <p className="hint">{t.casePreviewHint}</p>
            <table className="audit-table">
              <thead>
                <tr>
                  <th>{t.case}</th>
                  <th>{t.place}</th>
                  <th>{t.time}</th>
                </tr>
              </thead>
              <tbody>
                {preview.map((row, i) => (
                  <tr key={i}>
                    <td>{row.caseCode}</td>
                    <td>
                      {row.place ?? '—'}
                      {row.warning ? <div className="form-error" role="alert">{t.caseAddressWarning.replace('{reason}', row.warning)}</div> : null}
                    </td>
                    <td>{when(row.start)} – {when(row.end)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {props.canEdit ? (
              <div className="actions" style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
                {selectedCase.status === 'draft' ? (
                  <button type="button" className="staff-button" disabled={isSaving} onClick={async () => (await send(`/api/staff/cases/${encodeURIComponent(selectedCase.code)}/publish`, 'POST', { isPublished: true })) && done()}>
                    {t.casePublish}
                  </button>
                ) : (
                  <button type="button" className="staff-button secondary" disabled={isSaving} onClick={async () => (await send(`/api/staff/cases/${encodeURIComponent(selectedCase.code)}/publish`, 'POST', { isPublished: false })) && done()}>
                    {t.caseUnpublish}
                  </button>
                )}
                {selectedCase.status === 'published' ? (
                  <a className="staff-button secondary" href={`/notices/${encodeURIComponent(selectedCase.code)}`} target="_blank" rel="noopener">
                    {t.noticeTitle}
                  </a>
                ) : null}
                <button type="button" className="staff-button secondary" onClick={() => edit(selectedCase)}>{t.reshape}</button>
                <button
                  type="button"
                  className="staff-button danger"
                  disabled={isSaving}
                  onClick={async () => window.confirm(`${t.deleteZone}: ${selectedCase.code}?`) && (await send(`/api/staff/cases/${encodeURIComponent(selectedCase.code)}?version=${selectedCase.version}`, 'DELETE')) && (setSelected(null), done())}
                >
                  {t.deleteZone}
                </button>
              </div>
            ) : null}
          </section>
        ) : null}
        <CaseList
          cases={props.cases}
          listing={props.listing}
          selected={selected}
          onSelect={(code) => {
            cancelDraft();
            setSelected(code);
          }}
          when={when}
          communityName={communityName}
          messages={t}
        />
      </aside>
      <div className="workspace-map">
        <MapProvider styleSetting={props.styleSetting} initialBounds={bounds} readySourceIds={['communities', 'case-tracks']} labels={{ loading: t.mapLoading, failed: t.mapFailed, noWebgl: t.noWebgl }}>
          <GeoJsonLayers sourceId="communities" data={props.communities} layers={communityLayers('communities')} />
          <GeoJsonLayers sourceId="case-tracks" data={track} layers={caseTrackLayers('case-tracks')} />
          <GeoJsonLayers sourceId="line-vertices" data={vertices} layers={movementVertexLayers('line-vertices')} />
          <MapClicks isActive={draft !== null && props.canEdit && !isDrawingLine && reshapingKey === null} onClick={addVisit} />
          {props.canEdit ? <LineDrawing onReady={(draw) => (drawRef.current = draw)} onLine={addMovement} onReshape={reshapeMovement} /> : null}
        </MapProvider>
      </div>
    </main>
  );
}
