'use client';
import type { Feature, FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import type { StaffCase } from '@/lib/staff-api/records';
import type { WorkspaceMapProps } from '../_components/workspace-props';
import { caseTrackLayers, movementVertexLayers } from '@/lib/map/layers/case-tracks';
import { movementTimeProblems, type VertexProblem } from '@/lib/cases/movement-times';
import { draftBody, draftOfCase, emptyDraft, rebaseDraft, type CaseDraft, type EditableCase, type MovementRow, type StayRow, type VisitRow } from '@/lib/cases/case-draft';
import { withMovement, withReshapedMovement, withStay, withVisitMoved, withVisitPatch } from '@/lib/cases/draft-visits';
import { fillMessage } from '@/lib/cases/describe-import';
import { communityLayers } from '@/lib/map/layers/communities';
import type { LngLat } from '@/lib/trajectory/types';
import { GeoJsonLayers } from '../../_components/map/geojson-layers';
import { MapProvider } from '../../_components/map/map-provider';
import { MapClicks } from './map-clicks';
import { LineDrawing } from './line-drawing';
import { vertexTimesOf } from './movement-editor';
import { useLineEditing } from './use-line-editing';
import { useStoredDraft } from './use-stored-draft';
import type { ListQuery } from '@/lib/lists/list-query';
import { casesApi } from '@/lib/staff-api/cases-api';
import type { StaffAnswer } from '@/lib/staff-api/staff-answer';
import { CaseList } from './_components/case-list';
import { CasePreviewPanel } from './_components/case-preview-panel';
import { CaseDraftForm } from './_components/case-draft-form';
import { ImportPreviewPanel } from './_components/import-preview-panel';
import { CaseConflict } from './_components/case-conflict';
import { CaseImportBar } from './_components/case-import-bar';
import { ColumnMappingPanel } from './_components/column-mapping-panel';
import { useCaseImport } from './use-case-import';

/** `cases` is one server page of the list (see `listStaffCasePage`). */
type Props = WorkspaceMapProps & { cases: StaffCase[]; listing: { query: ListQuery; total: number } };
type Notice = { kind: 'ok' | 'error'; text: string } | null;

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

/** The case track on the map: the draft being edited, else the selected case. */
function trackOf(draft: CaseDraft | null, selected: StaffCase | null): FeatureCollection {
  const features: Feature[] = draft
    ? draft.visits.map((v) => ({ type: 'Feature', geometry: v.kind === 'stay' ? { type: 'Point', coordinates: v.lngLat } : { type: 'LineString', coordinates: v.lngLats }, properties: { caseCode: draft.code, place: v.place } }))
    : (selected?.visits ?? []).map((v) => ({ type: 'Feature', geometry: v.geometry, properties: { caseCode: selected?.code, place: v.place } }));
  return { type: 'FeatureCollection', features };
}

/** The cases workspace: list, editor (places by clicking the map), file import with a preview, public preview and publishing. */
export function CaseWorkspace(props: Props) {
  const t = props.messages;
  const router = useRouter();
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [draft, setDraft] = useStoredDraft(() => setNotice({ kind: 'ok', text: t.draftRestored }));
  const [conflict, setConflict] = useState<{ message: string; theirs: EditableCase } | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [focusedVertex, setFocusedVertex] = useState<{ key: number; index: number } | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const line = useLineEditing((reason) => setNotice({ kind: 'error', text: reason ?? t.movementTooFew }));

  const when = useCallback((iso: string | number) => new Date(iso).toLocaleString(props.locale, { timeZone: props.timeZone, dateStyle: 'short', timeStyle: 'short' }), [props.locale, props.timeZone]);
  const selectedCase = props.cases.find((c) => c.code === selected) ?? null;
  const homeCommunities = useMemo(
    () => props.communities.features.map((f) => ({ id: Number(f.id), name: String(f.properties?.name ?? f.id), district: String(f.properties?.district ?? '') })).sort((a, b) => a.district.localeCompare(b.district) || a.name.localeCompare(b.name)),
    [props.communities],
  );
  const communityName = (id: number | null) => (id === null ? null : (homeCommunities.find((c) => c.id === id)?.name ?? String(id)));
  const track = useMemo(() => trackOf(draft, selectedCase), [draft, selectedCase]);
  const vertices = useMemo<FeatureCollection>(() => ({
    type: 'FeatureCollection',
    features: (draft?.visits ?? []).flatMap((v) => (v.kind === 'movement' ? v.lngLats.map((lngLat, index): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: lngLat }, properties: { vertex: index + 1, isFocused: focusedVertex?.key === v.key && focusedVertex.index === index } })) : [])),
  }), [draft, focusedVertex]);
  const problems = useMemo(() => problemsByRow(draft?.visits ?? [], showMissing), [draft, showMissing]);
  // "Fix the times marked in red" goes once nothing is marked.
  const shownNotice = notice?.kind === 'error' && notice.text === t.caseFixTimes && problems.size === 0 ? null : notice;

  const { isJustAfterLine, markLineFinished, reshapingKeyRef } = line;
  const addVisit = useCallback((lngLat: LngLat) => {
    if (!isJustAfterLine()) setDraft((d) => d && withStay(d, lngLat, new Date().toISOString()));
  }, [isJustAfterLine, setDraft]);
  const addMovement = useCallback((lngLats: LngLat[]) => {
    markLineFinished();
    setDraft((d) => d && withMovement(d, lngLats));
  }, [markLineFinished, setDraft]);
  const reshapeMovement = useCallback((lngLats: LngLat[]) => {
    const key = reshapingKeyRef.current;
    setDraft((d) => (d && key !== null ? withReshapedMovement(d, key, lngLats) : d));
  }, [reshapingKeyRef, setDraft]);

  const run = async <T,>(call: () => Promise<T>): Promise<T> => {
    setIsSaving(true);
    try {
      return await call();
    } finally {
      setIsSaving(false);
    }
  };
  const done = (text = t.zoneSaved) => {
    setNotice({ kind: 'ok', text });
    router.refresh();
  };
  const fileImport = useCaseImport({
    run,
    onError: (text) => setNotice(text === null ? null : { kind: 'error', text }),
    onImported: (counts) => done(fillMessage(t.importDone, counts)),
  });
  const closeDraft = () => {
    line.stopLine();
    setDraft(null);
    setConflict(null);
    setShowMissing(false);
  };

  const saveDraft = async () => {
    if (!draft) return;
    if (problemsByRow(draft.visits, true).size > 0) {
      setShowMissing(true);
      setNotice({ kind: 'error', text: t.caseFixTimes });
      return;
    }
    const answer = await run(() => casesApi().save(draftBody(draft)));
    if (answer.ok) {
      closeDraft();
      setSelected(draft.code);
      done();
    } else if (answer.conflict) {
      // Someone saved first: the draft stays in the form; their version is shown with a way to re-apply.
      setNotice(null);
      setConflict({ message: answer.error.message, theirs: answer.conflict.current });
    } else setNotice({ kind: 'error', text: answer.error.message });
  };

  const act = async (call: () => Promise<StaffAnswer<unknown>>) => {
    const answer = await run(call);
    if (!answer.ok) setNotice({ kind: 'error', text: answer.error.message });
    return answer.ok;
  };
  const setVisit = (key: number, patch: Partial<StayRow> | Partial<MovementRow>) => setDraft((d) => d && withVisitPatch(d, key, patch));
  const moveVisit = (index: number, by: number) => setDraft((d) => d && withVisitMoved(d, index, by));
  const readCase = draft?.isExisting ? props.cases.find((c) => c.code === draft.code) : undefined;
  const bounds: LngLatBoundsLike | undefined = props.bounds ? [[props.bounds[0], props.bounds[1]], [props.bounds[2], props.bounds[3]]] : undefined;

  return (
    <main className="workspace">
      <aside className="workspace-side">
        {!props.canEdit ? <p className="hint">{t.readOnlyNotice}</p> : null}
        {shownNotice ? <div role={shownNotice.kind === 'ok' ? 'status' : 'alert'} className={shownNotice.kind === 'ok' ? 'form-ok' : 'form-error'}>{shownNotice.text}</div> : null}
        {props.canEdit && !draft && !fileImport.importing && !fileImport.mapping ? (
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
            <button type="button" className="staff-button" onClick={() => { setDraft(emptyDraft()); setSelected(null); setNotice(null); setShowMissing(false); }}>
              {t.caseNew}
            </button>
            <Link href="/staff/cases/notice" className="staff-button secondary">{t.pasteNoticeLink}</Link>
            <CaseImportBar datum={fileImport.datum} onDatum={fileImport.setDatum} onFile={(file) => void fileImport.openFile(file)} t={t} />
          </div>
        ) : null}
        {fileImport.mapping ? <ColumnMappingPanel mapping={fileImport.mapping} t={t} isSaving={isSaving} onColumns={fileImport.setColumns} onPreview={() => void fileImport.previewMapped()} onCancel={fileImport.cancel} /> : null}
        {fileImport.importing ? <ImportPreviewPanel fileName={fileImport.importing.file.name} preview={fileImport.importing.preview} t={t} when={when} isSaving={isSaving} onImport={(codes) => void fileImport.runImport(codes)} onCancel={fileImport.cancel} /> : null}
        {conflict && draft ? (
          <CaseConflict read={readCase} theirs={conflict.theirs} mine={draft} message={conflict.message} t={t} when={when} communityName={communityName}
            onReapply={() => { setDraft(rebaseDraft(draft, conflict.theirs)); setConflict(null); }}
            onDiscard={() => { closeDraft(); setSelected(conflict.theirs.code); router.refresh(); }} />
        ) : null}
        {draft ? (
          <CaseDraftForm draft={draft} t={t} homeCommunities={homeCommunities} isEditingPublished={draft.isExisting && props.cases.some((c) => c.code === draft.code && c.status === 'published')}
            isSaving={isSaving} isDrawingLine={line.isDrawingLine} reshapingKey={line.reshapingKey} problems={problems} onChange={setDraft} onVisit={setVisit} onMove={moveVisit}
            onRemove={(key) => { if (line.reshapingKey === key) line.stopLine(); setDraft({ ...draft, visits: draft.visits.filter((x) => x.key !== key) }); }}
            onFocusVertex={setFocusedVertex} onStartLine={line.startLine} onStopLine={line.stopLine} onReshape={(row) => line.startReshape(row.key, row.lngLats)} onSave={() => void saveDraft()} onCancel={closeDraft} />
        ) : null}
        {selectedCase && !draft ? (
          <CasePreviewPanel selected={selectedCase} canEdit={props.canEdit} isSaving={isSaving} t={t} when={when}
            onPublish={async (isPublished) => (await act(() => casesApi().publish(selectedCase.code, isPublished))) && done()}
            onEdit={() => { setDraft(draftOfCase(selectedCase)); setShowMissing(false); setNotice(null); }}
            onDelete={async () => window.confirm(`${t.deleteZone}: ${selectedCase.code}?`) && (await act(() => casesApi().remove(selectedCase.code, selectedCase.version))) && (setSelected(null), done())} />
        ) : null}
        <CaseList cases={props.cases} listing={props.listing} selected={selected} t={t} when={when} communityName={communityName} onSelect={(c) => { closeDraft(); setSelected(c); }} />
      </aside>
      <div className="workspace-map">
        <MapProvider styleSetting={props.styleSetting} initialBounds={bounds} readySourceIds={['communities', 'case-tracks']} labels={{ loading: t.mapLoading, failed: t.mapFailed, noWebgl: t.noWebgl }}>
          <GeoJsonLayers sourceId="communities" data={props.communities} layers={communityLayers('communities')} />
          <GeoJsonLayers sourceId="case-tracks" data={track} layers={caseTrackLayers('case-tracks')} />
          <GeoJsonLayers sourceId="line-vertices" data={vertices} layers={movementVertexLayers('line-vertices')} />
          <MapClicks isActive={draft !== null && props.canEdit && !line.isDrawingLine && line.reshapingKey === null} onClick={addVisit} />
          {props.canEdit ? <LineDrawing onReady={line.onDrawReady} onLine={addMovement} onReshape={reshapeMovement} /> : null}
        </MapProvider>
      </div>
    </main>
  );
}
