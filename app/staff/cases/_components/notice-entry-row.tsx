'use client';
import type { Messages } from '@/lib/i18n/messages';
import type { PlaceMatch } from '@/lib/notice-reader/match-place';
import { phrasesOf } from '@/lib/notice-reader/notice-panel';
import type { PlaceChoice, PlacedEntry } from '@/lib/notice-reader/place-notice';

type Props = {
  entry: PlacedEntry;
  when: string | undefined;
  choices: PlaceChoice;
  onChoose: (phrase: string, lngLat: [number, number] | undefined) => void;
  onPlaceByClick?: (phrase: string, place: (lngLat: [number, number]) => void) => void;
  messages: Messages;
};

const KIND_LABEL = { visit: 'noticeKindVisit', movement: 'noticeKindMovement', event: 'noticeKindEvent' } as const;
const STATUS_LABEL = { matched: 'noticeMatched', ambiguous: 'noticeAmbiguous', unmatched: 'noticeUnmatched', region: 'noticeRegionOnly' } as const;
const key = (lngLat: [number, number] | undefined) => (lngLat ? lngLat.join(',') : '');

/** One phrase's place: the candidates to choose from, or a click on the map, or nothing for a region. */
function PhraseChoice({ phrase, match, choice, onChoose, onPlaceByClick, messages: t }: { phrase: string; match: PlaceMatch; choice: [number, number] | undefined } & Omit<Props, 'entry' | 'when' | 'choices'>) {
  if (match.status === 'region') return <span className="hint">{t.noticeRegionOnly}</span>;
  const fromCandidates = match.candidates.some((c) => key(c.entry.lngLat) === key(choice));
  return (
    <span className="notice-choice" data-status={match.status}>
      <span className="hint">{t[STATUS_LABEL[match.status]]}</span>
      {match.candidates.length > 0 && (
        <select aria-label={`${t.noticeCandidate}: ${phrase}`} value={fromCandidates ? key(choice) : ''} onChange={(e) => onChoose(phrase, e.target.value ? (e.target.value.split(',').map(Number) as [number, number]) : undefined)}>
          <option value="">{t.noticeLeaveOut}</option>
          {match.candidates.map((c) => (
            <option key={`${c.entry.source}:${c.entry.name}:${key(c.entry.lngLat)}`} value={key(c.entry.lngLat)}>
              {c.entry.name} · {c.entry.region ?? c.entry.source} · {Math.round(c.score * 100)}%
            </option>
          ))}
        </select>
      )}
      {onPlaceByClick && (
        <button type="button" className="link" onClick={() => onPlaceByClick(phrase, (lngLat) => onChoose(phrase, lngLat))}>
          {t.noticePlaceOnMap}
        </button>
      )}
      {choice && !fromCandidates && <span className="hint"> ✓ {choice.map((n) => n.toFixed(5)).join(', ')}</span>}
    </span>
  );
}

/** A line of the read notice as a card: when, what, the text, and where each place it names will go. */
export function NoticeEntryRow({ entry, when, choices, onChoose, onPlaceByClick, messages: t }: Props) {
  const phrases = phrasesOf(entry);
  return (
    <li className="notice-entry" data-kind={entry.kind}>
      <div className="notice-entry-head">
        <span className="notice-when">{when ?? t.noticeNoTime}</span>
        {when && entry.time?.isApproximate && (
          <span className="badge" title={t.noticeApproximate}>
            ≈
          </span>
        )}
        <span className="notice-kind">
          {t[KIND_LABEL[entry.kind]]}
          {entry.transport?.number ? ` · ${entry.transport.number}` : ''}
        </span>
      </div>
      <div className="notice-text">{entry.text}</div>
      {phrases.map(({ phrase, match }) => (
        <div key={phrase} className="notice-phrase">
          <strong>{phrase}</strong>{' '}
          <PhraseChoice phrase={phrase} match={match} choice={choices[phrase]} onChoose={onChoose} onPlaceByClick={onPlaceByClick} messages={t} />
        </div>
      ))}
    </li>
  );
}
