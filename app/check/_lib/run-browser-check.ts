import type { CheckAnswer } from '@/lib/check/check-answer';
import { caseTrackWindow } from '@/lib/check/check-window';
import { partsToGeoJson } from '@/lib/check/parts-to-geojson';
import type { CheckStage } from '@/lib/check-screen/check-screen-state';
import type { CheckMode, GivenTrajectory } from '@/lib/check-screen/types';
import type { ZoneFeatureCollection } from '@/lib/geo/zone-visits';
import { resolveRule, type RuleInput } from '@/lib/overlap/rule';
import type { CaseTrack } from '@/lib/trajectory/types';
import { compareInWorker } from './compare-in-worker';
import { loadCaseTracks } from './load-case-tracks';

/** The server's answer: the same CheckAnswer (lib/check/check-answer.ts) plus the rule it applied. */
async function checkOnServer(given: GivenTrajectory, ruleInput: RuleInput, timeZone: string): Promise<CheckAnswer> {
  let init: RequestInit;
  const zone = given.assumedTimeZone ?? timeZone;
  if (given.file) {
    const form = new FormData();
    form.set('file', given.file.blob, given.file.name);
    form.set('rule', JSON.stringify(ruleInput));
    form.set('timeZone', zone);
    init = { method: 'POST', body: form };
  } else {
    init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ trajectory: partsToGeoJson(given.parts), rule: ruleInput, timeZone: zone }) };
  }
  const response = await fetch('/api/check', init);
  const body = (await response.json()) as CheckAnswer & { error?: string };
  if (!response.ok) throw new Error(body.error ?? response.statusText);
  return body;
}

/**
 * One check from the page. Both modes download the public case tracks of the days the rule needs (the map
 * draws the overlapped cases from them); private mode then compares in a worker, server mode posts the
 * trajectory. Both answer with the same CheckAnswer.
 */
export async function runBrowserCheck(input: {
  given: GivenTrajectory;
  ruleInput: RuleInput;
  mode: CheckMode;
  zones: ZoneFeatureCollection;
  timeZone: string;
  onStage: (stage: CheckStage) => void;
  /** The fraction of the trajectory compared so far (private mode). */
  onProgress: (fraction: number) => void;
}): Promise<{ answer: CheckAnswer; caseTracks: CaseTrack[] }> {
  const { given, ruleInput, mode } = input;
  const rule = resolveRule(ruleInput);
  input.onStage('cases');
  const cases = await loadCaseTracks(caseTrackWindow(given.parts, rule));
  input.onStage('compare');
  const facts = { droppedPoints: given.droppedPoints ?? 0, skippedRecords: given.skippedRecords ?? 0, assumedTimeZone: given.assumedTimeZone ?? null };
  const answer = mode === 'private' ? await compareInWorker(given.parts, { cases, zones: input.zones, rule, facts }, input.onProgress) : await checkOnServer(given, ruleInput, input.timeZone);
  return { answer, caseTracks: cases.tracks };
}
