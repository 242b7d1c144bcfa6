'use client';
import { useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { formatNoticeSpan, initialChoices } from '@/lib/notice-reader/notice-panel';
import { casesApi } from '@/lib/staff-api/cases-api';
import { draftFromNotice, type DraftVisit, type LeftOut, type PlaceChoice, type PlacedEntry } from '@/lib/notice-reader/place-notice';
import { NoticeEntryRow } from './notice-entry-row';

type Props = {
  messages: Messages;
  timeZone: string;
  /** The draft staff accepted: becomes the case editor's visits (nothing is saved here). */
  onDraft: (visits: DraftVisit[], leftOut: LeftOut[]) => void;
  /** Asks the workspace for the next map click, to place a phrase the gazetteer could not. */
  onPlaceByClick?: (phrase: string, place: (lngLat: [number, number]) => void) => void;
};

type ReadResult = { entries: PlacedEntry[]; gazetteerSize: number };

const todayIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

async function postNotice(body: { text: string; published: string; region: string }): Promise<ReadResult | { error: string }> {
  const answer = await casesApi().readNotice(body);
  if (!answer.ok) return { error: answer.error.message };
  return { entries: answer.body.entries ?? [], gazetteerSize: answer.body.gazetteerSize ?? 0 };
}

/** "Paste a notice": the notice's text → a list of dated places to check, choose and click → a draft track. */
export function NoticePastePanel({ messages: t, timeZone, onDraft, onPlaceByClick }: Props) {
  const [text, setText] = useState('');
  const [published, setPublished] = useState(() => todayIn(timeZone));
  const [region, setRegion] = useState('');
  const [result, setResult] = useState<ReadResult | null>(null);
  const [choices, setChoices] = useState<PlaceChoice>({});
  const [error, setError] = useState<string | null>(null);
  const [isReading, setIsReading] = useState(false);

  const read = async () => {
    setIsReading(true);
    setError(null);
    try {
      const answer = await postNotice({ text, published, region });
      if ('error' in answer) {
        setError(answer.error);
        return;
      }
      setResult(answer);
      setChoices(initialChoices(answer.entries));
    } finally {
      setIsReading(false);
    }
  };
  const choose = (phrase: string, lngLat: [number, number] | undefined) => setChoices((current) => ({ ...current, [phrase]: lngLat }));
  const draft = result ? draftFromNotice(result.entries, choices) : null;

  return (
    <section className="notice-paste" aria-label={t.pasteNotice} data-testid="notice-paste">
      <h3>{t.pasteNotice}</h3>
      <p className="hint">{t.pasteNoticeHint}</p>
      <label>
        {t.noticeText}
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={6} maxLength={20_000} />
      </label>
      <div className="notice-paste-fields">
        <label>
          {t.noticePublished}
          <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
        </label>
        <label>
          {t.noticeRegion}
          <input value={region} onChange={(e) => setRegion(e.target.value)} maxLength={40} placeholder="深圳市" />
        </label>
        <button type="button" onClick={read} disabled={isReading || text.trim() === ''}>
          {isReading ? t.readingNotice : t.readNotice}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result && draft && (
        <>
          <p className="hint">{t.noticeGazetteerSize.replace('{count}', String(result.gazetteerSize))}</p>
          <p className="hint">≈ {t.noticeApproximate}</p>
          <ol className="notice-entries">
            {result.entries.map((entry, i) => (
              <NoticeEntryRow key={i} entry={entry} when={formatNoticeSpan(entry.start, entry.end, timeZone)} choices={choices} onChoose={choose} onPlaceByClick={onPlaceByClick} messages={t} />
            ))}
          </ol>
          <p>{t.noticeLeftOut.replace('{count}', String(draft.leftOut.length))}</p>
          <button type="button" onClick={() => onDraft(draft.visits, draft.leftOut)} disabled={draft.visits.length === 0}>
            {t.noticeMakeDraft.replace('{count}', String(draft.visits.length))}
          </button>
        </>
      )}
    </section>
  );
}
