'use client';
import { memo, useMemo, useState } from 'react';
import type { VisitedPlace } from '@/lib/db/queries/briefing';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { formatInstant } from '@/lib/i18n/format-time';

/** Rows drawn at once: a city-scale window holds a thousand places, and the search narrows them. */
const SHOWN_ROWS = 200;

type Props = { places: VisitedPlace[]; locale: Locale; timeZone: string; messages: Messages; onPick: (place: VisitedPlace) => void };

/**
 * Places cases visited, searchable by place or case code and sortable; a row flies the map there. Memoised:
 * the page re-renders as answers for other days arrive ahead, and this list only changes with its places.
 */
export const PlacesList = memo(function PlacesList({ places, locale, timeZone, messages: m, onPick }: Props) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<'time' | 'place'>('time');
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const matching = q ? places.filter((p) => p.place.toLowerCase().includes(q) || p.caseCodes.some((c) => c.toLowerCase().includes(q))) : places;
    return [...matching].sort((a, b) => (sort === 'time' ? b.start.localeCompare(a.start) : a.place.localeCompare(b.place, locale)));
  }, [places, query, sort, locale]);
  return (
    <section className="briefing-places" aria-labelledby="places-heading">
      <h2 id="places-heading">
        {m.briefingPlaces} <span className="muted">({rows.length})</span>
      </h2>
      <div className="places-tools">
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={m.briefingPlacesSearch} aria-label={m.briefingPlacesSearch} data-testid="places-search" />
        <label>
          {m.briefingSortBy}{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value === 'place' ? 'place' : 'time')} data-testid="places-sort">
            <option value="time">{m.briefingSortTime}</option>
            <option value="place">{m.briefingSortPlace}</option>
          </select>
        </label>
      </div>
      {rows.length === 0 ? <p className="muted">{m.briefingNoPlaces}</p> : null}
      <ol className="places-list" data-testid="places-list">
        {rows.slice(0, SHOWN_ROWS).map((p) => (
          <li key={`${p.id}-${p.day}`}>
            <button type="button" onClick={() => onPick(p)} data-place-id={p.id}>
              <span className="place-name">{p.place || '—'}</span>
              <span className="place-time">{formatInstant(p.start, locale, timeZone)}</span>
              <span className="place-cases">{p.caseCodes.join(', ')}</span>
            </button>
          </li>
        ))}
      </ol>
      {rows.length > SHOWN_ROWS ? (
        <p className="muted" data-testid="places-more">
          {m.briefingChangesMore.replace('{count}', String(rows.length - SHOWN_ROWS))}
        </p>
      ) : null}
    </section>
  );
});
