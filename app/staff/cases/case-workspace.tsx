'use client';
import type { Feature, FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import { CASE_CLASSIFICATIONS, type CaseClassification } from '@/lib/enums';
import type { StaffCase } from '@/lib/db/queries/case-edits';
import type { WorkspaceMapProps } from '../_components/workspace-props';
import { publicPreview } from '@/lib/cases/public-preview';
import { caseTrackLayers } from '@/lib/map/layers/case-tracks';
import { communityLayers } from '@/lib/map/layers/communities';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { GeoJsonLayers } from '../../_components/map/geojson-layers';
import { MapProvider } from '../../_components/map/map-provider';
import { MapClicks } from './map-clicks';

type Props = WorkspaceMapProps & { cases: StaffCase[] };

type VisitRow = { key: number; place: string; lngLat: [number, number]; start: string; end: string };
type Draft = { code: string; classification: CaseClassification; reportedAt: string; visits: VisitRow[]; isExisting: boolean };

const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : '');
let nextKey = 1;

const emptyDraft = (): Draft => ({ code: '', classification: 'confirmed', reportedAt: toLocalInput(new Date().toISOString()), visits: [], isExisting: false });

/** A stored case's visits as trajectory parts (for the public preview). */
function partsOf(c: StaffCase): TrajectoryPart[] {
  return c.visits.map((v) =>
    v.geometry.type === 'Point'
      ? { kind: 'stay', lngLat: v.geometry.coordinates as [number, number], start: Date.parse(v.startsAt), end: Date.parse(v.endsAt), ...(v.place ? { place: v.place } : {}) }
      : { kind: 'movement', lngLats: v.geometry.coordinates as [number, number][], times: [Date.parse(v.startsAt), Date.parse(v.endsAt)], ...(v.place ? { place: v.place } : {}) },
  );
}

/** The cases workspace: list, editor (places by clicking the map), file import, public preview and publishing. */
export function CaseWorkspace(props: Props) {
  const t = props.messages;
  const router = useRouter();
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const when = useCallback((iso: string | number) => new Date(iso).toLocaleString(props.locale, { timeZone: props.timeZone, dateStyle: 'short', timeStyle: 'short' }), [props.locale, props.timeZone]);
  const selectedCase = props.cases.find((c) => c.code === selected) ?? null;

  const track = useMemo<FeatureCollection>(() => {
    const features: Feature[] = draft
      ? draft.visits.map((v) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: v.lngLat }, properties: { caseCode: draft.code, place: v.place } }))
      : (selectedCase?.visits ?? []).map((v) => ({ type: 'Feature', geometry: v.geometry, properties: { caseCode: selectedCase?.code, place: v.place } }));
    return { type: 'FeatureCollection', features };
  }, [draft, selectedCase]);

  const addVisit = useCallback((lngLat: [number, number]) => {
    setDraft((d) => {
      if (!d) return d;
      const last = d.visits[d.visits.length - 1];
      const start = last?.end ?? toLocalInput(new Date().toISOString());
      return { ...d, visits: [...d.visits, { key: nextKey++, place: '', lngLat, start, end: start }] };
    });
  }, []);

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
    const body = {
      code: draft.code,
      classification: draft.classification,
      reportedAt: fromLocalInput(draft.reportedAt),
      visits: draft.visits.map((v) => ({ place: v.place || null, lngLat: v.lngLat, start: fromLocalInput(v.start), end: fromLocalInput(v.end) })),
    };
    if (await send('/api/staff/cases', 'POST', body)) {
      setSelected(draft.code);
      setDraft(null);
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
      isExisting: true,
      visits: c.visits.filter((v) => v.geometry.type === 'Point').map((v) => ({ key: nextKey++, place: v.place ?? '', lngLat: (v.geometry.coordinates as [number, number]), start: toLocalInput(v.startsAt), end: toLocalInput(v.endsAt) })),
    });
    setNotice(null);
  };

  const setVisit = (key: number, patch: Partial<VisitRow>) => setDraft((d) => (d ? { ...d, visits: d.visits.map((v) => (v.key === key ? { ...v, ...patch } : v)) } : d));
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
        {notice ? (
          <div role={notice.kind === 'ok' ? 'status' : 'alert'} className={notice.kind === 'ok' ? 'form-ok' : 'form-error'}>
            {notice.text}
          </div>
        ) : null}
        {props.canEdit && !draft ? (
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
            <button type="button" className="staff-button" onClick={() => { setDraft(emptyDraft()); setSelected(null); setNotice(null); }}>
              {t.caseNew}
            </button>
            <label className="staff-button secondary">
              {t.caseImport}
              <input type="file" hidden accept=".csv,.geojson,.json,.kml,.gpx" onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
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
            <p className="hint">{t.caseClickHint}</p>
            <ol className="visit-list">
              {draft.visits.map((v, i) => (
                <li key={v.key} data-testid="visit-row">
                  <input aria-label={`${t.place} ${i + 1}`} placeholder={t.place} value={v.place} maxLength={200} onChange={(e) => setVisit(v.key, { place: e.target.value })} />
                  <input aria-label={`${t.from} ${i + 1}`} type="datetime-local" value={v.start} onChange={(e) => setVisit(v.key, { start: e.target.value })} />
                  <input aria-label={`${t.to} ${i + 1}`} type="datetime-local" value={v.end} onChange={(e) => setVisit(v.key, { end: e.target.value })} />
                  <span className="visit-actions">
                    <button type="button" aria-label="up" onClick={() => moveVisit(i, -1)}>↑</button>
                    <button type="button" aria-label="down" onClick={() => moveVisit(i, 1)}>↓</button>
                    <button type="button" onClick={() => setDraft({ ...draft, visits: draft.visits.filter((x) => x.key !== v.key) })}>{t.deleteZone}</button>
                  </span>
                </li>
              ))}
            </ol>
            <div style={{ display: 'flex', gap: 8 }}>
              <button type="submit" disabled={isSaving}>{isSaving ? t.saving : t.caseSaveDraft}</button>
              <button type="button" className="staff-button secondary" onClick={() => setDraft(null)}>{t.cancel}</button>
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
                <button type="button" className="staff-button secondary" onClick={() => edit(selectedCase)}>{t.reshape}</button>
                <button
                  type="button"
                  className="staff-button danger"
                  disabled={isSaving}
                  onClick={async () => window.confirm(`${t.deleteZone}: ${selectedCase.code}?`) && (await send(`/api/staff/cases/${encodeURIComponent(selectedCase.code)}`, 'DELETE')) && (setSelected(null), done())}
                >
                  {t.deleteZone}
                </button>
              </div>
            ) : null}
          </section>
        ) : null}
        <h2>{t.caseList}</h2>
        <ul className="zone-list">
          {props.cases.map((c) => (
            <li key={c.id} className={`zone-item ${c.status === 'draft' ? 'precaution' : 'sealed'}${c.code === selected ? ' selected' : ''}`} data-testid="case-item">
              <button type="button" className="link-button" onClick={() => { setSelected(c.code); setDraft(null); }}>
                <h3>{c.code}</h3>
              </button>
              <div className="meta">
                {c.status === 'draft' ? t.caseDraft : t.casePublished} · {t[c.classification]} · {t.reportedAt} {when(c.reportedAt)} · {t.caseVisits.replace('{n}', String(c.visits.length))}
              </div>
            </li>
          ))}
        </ul>
      </aside>
      <div className="workspace-map">
        <MapProvider styleSetting={props.styleSetting} initialBounds={bounds} readySourceIds={['communities', 'case-tracks']} labels={{ loading: t.mapLoading, failed: t.mapFailed, noWebgl: t.noWebgl }}>
          <GeoJsonLayers sourceId="communities" data={props.communities} layers={communityLayers('communities')} />
          <GeoJsonLayers sourceId="case-tracks" data={track} layers={caseTrackLayers('case-tracks')} />
          <MapClicks isActive={draft !== null && props.canEdit} onClick={addVisit} />
        </MapProvider>
      </div>
    </main>
  );
}
