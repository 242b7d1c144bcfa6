'use client';
import { useEffect, useState } from 'react';
import { mergeMoment } from '@/lib/briefing/merge-moment';
import type { BriefingPageData } from '../load';

type Request = { at: string; since?: string; trackDays: number; forcedSource: string | null; day: string };

/**
 * The briefing for the slider's moment and the chosen window: the page's first read, then slider moves read
 * only the moment's figures (`parts=moment`) and keep the span's progress and rounds. Answers already
 * fetched are kept, so playing the slider back and forth costs no request; until an answer arrives the
 * last one stays on screen.
 */
export function useBriefingData(initial: BriefingPageData, request: Request): BriefingPageData {
  const [answers, setAnswers] = useState(() => new Map<string, BriefingPageData>());
  const [lastKey, setLastKey] = useState<string | null>(null);
  const { at, since, trackDays, forcedSource, day } = request;
  const key = `${at}|${since ?? ''}|${trackDays}`;
  const isInitial = at === initial.briefing.at && trackDays === initial.briefing.trackDays && (since ?? initial.briefing.changes.since) === initial.briefing.changes.since;
  const isKnown = answers.has(key);
  useEffect(() => {
    if (isInitial || isKnown) return;
    const controller = new AbortController();
    const params = new URLSearchParams({ at, days: String(trackDays), parts: 'moment' });
    if (since) params.set('since', since);
    if (forcedSource) params.set('source', forcedSource);
    fetch(`/api/briefing?${params}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<BriefingPageData>) : Promise.reject(new Error(`briefing ${response.status}`))))
      .then((moment) => {
        const merged = { ...moment, days: initial.days, briefing: mergeMoment(initial.briefing, moment.briefing, day) };
        setAnswers((previous) => new Map(previous).set(key, merged));
        setLastKey(key);
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') console.warn(error);
      });
    return () => controller.abort();
  }, [key, isInitial, isKnown, at, since, trackDays, forcedSource, day, initial]);
  if (isInitial) return initial;
  return answers.get(key) ?? (lastKey ? answers.get(lastKey) : undefined) ?? initial;
}
