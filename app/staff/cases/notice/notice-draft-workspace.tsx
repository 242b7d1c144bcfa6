'use client';
import type { FeatureCollection } from 'geojson';
import Link from 'next/link';
import { useCallback, useMemo, useState } from 'react';
import { CASE_CLASSIFICATIONS } from '@/lib/enums';
import type { Messages } from '@/lib/i18n/messages';
import { casesApi } from '@/lib/staff-api/cases-api';
import { caseTrackLayers } from '@/lib/map/layers/case-tracks';
import { communityLayers } from '@/lib/map/layers/communities';
import { draftCaseBody, draftFeatures } from '@/lib/notice-reader/draft-payload';
import type { DraftVisit, LeftOut } from '@/lib/notice-reader/place-notice';
import { GeoJsonLayers } from '../../../_components/map/geojson-layers';
import { MapProvider } from '../../../_components/map/map-provider';
import { MapClicks } from '../map-clicks';
import { NoticePastePanel } from '../_components/notice-paste-panel';

type Props = { communities: FeatureCollection; bounds?: [number, number, number, number]; messages: Messages; timeZone: string; styleSetting?: string };

type Pending = { phrase: string; place: (lngLat: [number, number]) => void };
type Saved = { kind: 'ok'; code: string } | { kind: 'error'; text: string };

const CLASSIFICATION_KEYS = { confirmed: 'confirmed', asymptomatic: 'asymptomatic' } as const;

async function saveDraftCase(body: ReturnType<typeof draftCaseBody>): Promise<Saved> {
  const answer = await casesApi().save(body);
  return answer.ok ? { kind: 'ok', code: body.code } : { kind: 'error', text: answer.error.message };
}

/** The case fields and the save button, once a draft is made. */
function DraftCaseForm({ visits, leftOut, messages: t, onSaved }: { visits: DraftVisit[]; leftOut: LeftOut[]; messages: Messages; onSaved: (saved: Saved) => void }) {
  const [code, setCode] = useState('');
  const [classification, setClassification] = useState<string>('confirmed');
  const [reportedAt, setReportedAt] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const save = async () => {
    setIsSaving(true);
    try {
      onSaved(await saveDraftCase(draftCaseBody({ code, classification, reportedAt: reportedAt ? new Date(reportedAt).toISOString() : '' }, visits)));
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <section aria-label={t.noticeDraftCase}>
      <h3>{t.noticeDraftCase}</h3>
      <p className="hint">{t.noticeDraftSummary.replace('{visits}', String(visits.length)).replace('{leftOut}', String(leftOut.length))}</p>
      <label>
        {t.caseCode}
        <input value={code} onChange={(e) => setCode(e.target.value)} placeholder="C-101" maxLength={40} />
      </label>
      <label>
        {t.classification}
        <select value={classification} onChange={(e) => setClassification(e.target.value)}>
          {CASE_CLASSIFICATIONS.map((c) => (
            <option key={c} value={c}>
              {t[CLASSIFICATION_KEYS[c]]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.reportedAt}
        <input type="datetime-local" value={reportedAt} onChange={(e) => setReportedAt(e.target.value)} />
      </label>
      <button type="button" onClick={save} disabled={isSaving || visits.length === 0}>
        {t.noticeSaveDraft}
      </button>
    </section>
  );
}

/** "Paste a notice" as a page of its own: the reader's lines beside a map of the draft, then a draft case. */
export function NoticeDraftWorkspace({ communities, bounds, messages: t, timeZone, styleSetting }: Props) {
  const [draft, setDraft] = useState<{ visits: DraftVisit[]; leftOut: LeftOut[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  // One object per draft: a new one each render would make the map reload its source on every keystroke.
  const features = useMemo(() => draftFeatures(draft?.visits ?? []), [draft]);
  const placeByClick = useCallback((phrase: string, place: (lngLat: [number, number]) => void) => setPending({ phrase, place }), []);
  const onMapClick = useCallback(
    (lngLat: [number, number]) => {
      pending?.place(lngLat);
      setPending(null);
    },
    [pending],
  );
  return (
    <main className="workspace">
      <div className="workspace-side">
        <p>
          <Link href="/staff/cases">{t.noticeBackToCases}</Link>
        </p>
        <NoticePastePanel messages={t} timeZone={timeZone} onDraft={(visits, leftOut) => setDraft({ visits, leftOut })} onPlaceByClick={placeByClick} />
        {pending && (
          <p role="status" className="notice">
            {t.noticeClickFor.replace('{place}', pending.phrase)}
          </p>
        )}
        {draft && <DraftCaseForm visits={draft.visits} leftOut={draft.leftOut} messages={t} onSaved={setSaved} />}
        {saved?.kind === 'ok' && (
          <p role="status" className="notice ok" data-testid="notice-draft-saved">
            {t.noticeDraftSaved.replace('{code}', saved.code)} <Link href="/staff/cases">{t.noticeBackToCases}</Link>
          </p>
        )}
        {saved?.kind === 'error' && (
          <p role="alert" className="error">
            {saved.text}
          </p>
        )}
      </div>
      <div className="workspace-map">
        <MapProvider styleSetting={styleSetting} initialBounds={bounds} readySourceIds={['communities', 'notice-draft']} labels={{ loading: t.mapLoading, failed: t.mapFailed, noWebgl: t.noWebgl }}>
          <GeoJsonLayers sourceId="communities" data={communities} layers={communityLayers('communities')} />
          <GeoJsonLayers sourceId="notice-draft" data={features} layers={caseTrackLayers('notice-draft')} />
          <MapClicks isActive={pending !== null} onClick={onMapClick} />
        </MapProvider>
      </div>
    </main>
  );
}
