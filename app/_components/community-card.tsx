'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { communityCardView, type CommunityCardView } from '@/lib/community/card-view';
import type { CommunityCard } from '@/lib/community/community-card';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { COMMUNITY_STATE } from '@/lib/map/layers/community-status';
import { FeatureStates } from './map/feature-states';
import { useMap } from './map/map-provider';
import './community-card.css';

type Props = {
  communityId: number;
  /** The instant to describe (the briefing's slider time); now when absent. */
  at?: string;
  locale: Locale;
  timeZone: string;
  messages: Messages;
  onClose: () => void;
};

/** The answer to one request (`key`): a state whose key is not the current request's means loading. */
type Loaded = { key: string; card: CommunityCard } | { key: string; error: string };

/** One number as a whole-row tap target: what it is for, and the number, dialled by a tap. */
function PhoneRow({ phone, label, callLabel }: { phone: CommunityCardView['contacts'][number]['phone']; label: React.ReactNode; callLabel: string }) {
  const content = (
    <>
      <span className="card-phone-label">{label}</span>
      <span className="card-phone-number">{phone.text}</span>
    </>
  );
  if (!phone.href) return <div className="card-phone is-plain">{content}</div>;
  return (
    <a className="card-phone" href={phone.href} title={`${callLabel} ${phone.text}`}>
      <span aria-hidden className="card-phone-icon">
        ☎
      </span>
      {content}
    </a>
  );
}

function WorkerLabel({ name, worker }: { name: string; worker: string }) {
  return (
    <>
      <span className="card-worker">{worker}</span>
      <small>{name}</small>
    </>
  );
}

/**
 * A community's card: a bottom sheet on phones, a side panel on wider screens. A non-modal dialog (the map
 * stays usable): it takes focus when it opens, Escape or the close button closes it and gives focus back.
 * Every string from staff goes in as text.
 */
export function CommunityCardPanel({ communityId, at, locale, timeZone, messages: m, onClose }: Props) {
  const requestKey = `/api/communities/${communityId}/card${at ? `?at=${encodeURIComponent(at)}` : ''}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(requestKey, { signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as CommunityCard & { error?: string };
        if (!response.ok) throw new Error(body.error ?? response.statusText);
        setLoaded({ key: requestKey, card: body });
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') setLoaded({ key: requestKey, error: (error as Error).message });
      });
    return () => controller.abort();
  }, [requestKey]);

  const current = loaded?.key === requestKey ? loaded : null;
  const card = current && 'card' in current ? current.card : null;
  const view = useMemo(() => (card ? communityCardView(card, locale, timeZone) : null), [card, locale, timeZone]);
  const state = !current ? 'loading' : 'error' in current ? 'error' : 'ready';

  // Focus moves into the card when it opens and back where it was when it closes.
  useEffect(() => {
    returnFocus.current = document.activeElement;
    closeRef.current?.focus();
    return () => {
      const previous = returnFocus.current;
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <section className="community-card" role="dialog" aria-modal="false" aria-labelledby="community-card-title" data-testid="community-card" aria-busy={state === 'loading'}>
      <header className="card-header">
        <div>
          <h2 id="community-card-title">{view ? view.title : m.cardLabel}</h2>
          {view?.subtitle ? <p className="card-subtitle">{view.subtitle}</p> : null}
          {view?.status ? (
            <p className={`card-status ${view.status.isNoEpidemic ? 'is-no-epidemic' : ''}`} data-testid="card-status">
              {view.status.text}
            </p>
          ) : null}
        </div>
        <button ref={closeRef} type="button" className="card-close" onClick={onClose} aria-label={m.cardClose} data-testid="card-close">
          ×
        </button>
      </header>
      {state === 'loading' ? (
        <p className="card-note" role="status">
          {m.cardLoading}
        </p>
      ) : current && 'error' in current ? (
        <p className="card-note error-note" role="alert">
          {m.cardFailed.replace('{message}', current.error)}
        </p>
      ) : view ? (
        <div className="card-body">
          <section aria-labelledby="card-contacts">
            <h3 id="card-contacts">{m.cardWhoToCall}</h3>
            {view.contacts.length ? (
              <ul className="card-list card-contacts" data-testid="card-contacts">
                {view.contacts.map((c) => (
                  <li key={c.key}>
                    <PhoneRow phone={c.phone} label={c.label} callLabel={m.cardCall} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="card-note">{m.cardNoContacts}</p>
            )}
          </section>
          {view.gridCells.length ? (
            <section aria-labelledby="card-grid-cells">
              <h3 id="card-grid-cells">{m.cardGridCells}</h3>
              <ul className="card-list card-workers" data-testid="card-grid-cells">
                {view.gridCells.map((g) => (
                  <li key={g.key}>
                    {g.phone ? (
                      <PhoneRow phone={g.phone} label={<WorkerLabel name={g.name} worker={g.worker} />} callLabel={m.cardCall} />
                    ) : (
                      <div className="card-phone is-plain">
                        <span className="card-phone-label">
                          <WorkerLabel name={g.name} worker={g.worker} />
                        </span>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="card-zones">
            <h3 id="card-zones">{m.cardZones}</h3>
            {view.zones.length ? (
              <ul className="card-list card-zones" data-testid="card-zones">
                {view.zones.map((z) => (
                  <li key={z.key} className={`card-zone zone-${z.kind}`}>
                    <strong>{z.title}</strong>
                    <span>{z.since}</span>
                    {z.plannedLift ? <span>{z.plannedLift}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="card-note">{m.cardNoZones}</p>
            )}
          </section>
          <section aria-labelledby="card-round">
            <h3 id="card-round">{m.cardRound}</h3>
            {view.round ? (
              <div className="card-round" data-testid="card-round">
                <strong>{view.round.title}</strong>
                <span>{view.round.coverage}</span>
                <span className={view.round.isPositive ? 'card-positive' : ''}>{view.round.positives}</span>
              </div>
            ) : (
              <p className="card-note">{m.cardNoRound}</p>
            )}
          </section>
          {view.status ? (
            <section aria-labelledby="card-status-title">
              <h3 id="card-status-title">{m.cardStatus}</h3>
              <p className="card-note">
                {view.status.text}
                {view.status.detail ? `: ${view.status.detail}` : ''}
              </p>
            </section>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** Outlines the community whose card is open (feature state `selected`, drawn by communityStatusLayers). */
export function SelectedCommunity({ sourceId, sourceLayer, communityId }: { sourceId: string; sourceLayer?: string; communityId: number | null }) {
  const ids = useMemo(() => (communityId === null ? [] : [communityId]), [communityId]);
  return <FeatureStates sourceId={sourceId} sourceLayer={sourceLayer} ids={ids} stateKey={COMMUNITY_STATE.selected} />;
}

/**
 * Frames a community picked from the list (not from the map, where it is already in view), clear of the
 * card: above the bottom sheet on phones, left of the side panel on wider screens.
 */
export function FrameCommunity({ sourceId, sourceLayer, communityId }: { sourceId: string; sourceLayer?: string; communityId: number | null }) {
  const { map, isLoaded } = useMap();
  useEffect(() => {
    if (!map || !isLoaded || communityId === null || !map.getSource(sourceId)) return;
    const pieces = map.querySourceFeatures(sourceId, { sourceLayer, filter: ['==', ['id'], communityId] });
    const corners = pieces.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat(2) : []));
    if (!corners.length) return;
    const lngs = corners.map((p) => p[0]);
    const lats = corners.map((p) => p[1]);
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const isPhone = width <= 640;
    map.fitBounds(
      [
        [Math.min(...lngs), Math.min(...lats)],
        [Math.max(...lngs), Math.max(...lats)],
      ],
      { padding: isPhone ? { top: 20, left: 20, right: 20, bottom: Math.round(height * 0.66) + 10 } : { top: 40, bottom: 40, left: 300, right: Math.min(380, width / 2) + 40 }, maxZoom: 16, duration: 600 },
    );
  }, [map, isLoaded, sourceId, sourceLayer, communityId]);
  return null;
}
