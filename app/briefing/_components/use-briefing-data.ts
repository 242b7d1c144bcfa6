'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { mergeMoment } from '@/lib/briefing/merge-moment';
import { nearestFirst } from '@/lib/briefing/prefetch-order';
import type { BriefingPageData } from '../load';

type Request = { at: string; since?: string; trackDays: number; forcedSource: string | null; day: string; /** Read the other days ahead (the default window only). */ prefetch?: boolean };

/** Waits this long after the first picture (or a slider move) before reading other days ahead: the new tiles first. */
const PREFETCH_DELAY_MS = 500;

const momentKey = (at: string, since: string | undefined, trackDays: number) => `${at}|${since ?? ''}|${trackDays}`;

/**
 * The briefing for the slider's moment and the chosen window: the page's first read, then slider moves read
 * only the moment's figures (`parts=moment`) and keep the span's progress and rounds. The other days of the
 * default window are read ahead, nearest first and one at a time, so a slider move usually finds its answer
 * in memory; a read already under way is shared, not repeated. Until an answer arrives the last one stays on
 * screen.
 */
export function useBriefingData(initial: BriefingPageData, request: Request): BriefingPageData {
  const [answers, setAnswers] = useState(() => new Map<string, BriefingPageData>());
  const [lastKey, setLastKey] = useState<string | null>(null);
  const underWay = useRef(new Map<string, Promise<void>>());
  /** Keys already answered (the state's map, readable from the read-ahead loop without restarting it). */
  const answered = useRef(new Set<string>());
  const { at, since, trackDays, forcedSource, day, prefetch = false } = request;
  const key = momentKey(at, since, trackDays);
  const isInitial = at === initial.briefing.at && trackDays === initial.briefing.trackDays && (since ?? initial.briefing.changes.since) === initial.briefing.changes.since;
  const isKnown = answers.has(key);

  const read = useCallback(
    (moment: { at: string; day: string }, windowSince: string | undefined, days: number): Promise<void> => {
      const k = momentKey(moment.at, windowSince, days);
      if (answered.current.has(k)) return Promise.resolve();
      const existing = underWay.current.get(k);
      if (existing) return existing;
      const params = new URLSearchParams({ at: moment.at, days: String(days), parts: 'moment' });
      if (windowSince) params.set('since', windowSince);
      if (forcedSource) params.set('source', forcedSource);
      const reading = fetch(`/api/briefing?${params}`)
        .then((response) => (response.ok ? (response.json() as Promise<BriefingPageData>) : Promise.reject(new Error(`briefing ${response.status}`))))
        .then((answer) => {
          const merged = { ...answer, days: initial.days, briefing: mergeMoment(initial.briefing, answer.briefing, moment.day) };
          answered.current.add(k);
          setAnswers((previous) => new Map(previous).set(k, merged));
        })
        .finally(() => underWay.current.delete(k));
      underWay.current.set(k, reading);
      return reading;
    },
    [initial, forcedSource],
  );

  useEffect(() => {
    if (isInitial || isKnown) return;
    let isCurrent = true;
    read({ at, day }, since, trackDays)
      .then(() => {
        if (isCurrent) setLastKey(key);
      })
      .catch((error: unknown) => console.warn(error));
    return () => {
      isCurrent = false;
    };
  }, [key, isInitial, isKnown, at, since, trackDays, day, read]);

  useEffect(() => {
    if (!prefetch) return;
    let isStopped = false;
    const index = Math.max(0, initial.days.findIndex((d) => d.day === day));
    const timer = setTimeout(async () => {
      for (const i of nearestFirst(initial.days.length, index)) {
        const d = initial.days[i];
        if (isStopped) return;
        if (d.at === initial.briefing.at && trackDays === initial.briefing.trackDays) continue;
        // One at a time; a failed read is left to the slider (it reads on demand).
        await read(d, undefined, trackDays).catch(() => undefined);
      }
    }, PREFETCH_DELAY_MS);
    return () => {
      isStopped = true;
      clearTimeout(timer);
    };
  }, [prefetch, day, trackDays, initial, read]);

  if (isInitial) return initial;
  return answers.get(key) ?? (lastKey ? answers.get(lastKey) : undefined) ?? initial;
}
