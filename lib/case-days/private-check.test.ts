import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseTrackWindow } from '../check/check-window';
import { sceneArb } from '../overlap/arbitraries.test-helper';
import { checkTrajectory } from '../overlap/check-trajectory';
import { PRESETS, resolveRule, type OverlapRule } from '../overlap/rule';
import { decodeDayFile, quantizePart } from './day-file-codec';
import { pickDays } from './pick-days';
import { planDayFiles } from './plan-day-files';
import { mergeDayTracks } from './split-by-day';
import type { LngLat, TrajectoryPart } from '../trajectory/types';

const shiftNorth = (part: TrajectoryPart, degrees: number): TrajectoryPart =>
  part.kind === 'stay'
    ? { ...part, lngLat: [part.lngLat[0], part.lngLat[1] + degrees] }
    : { ...part, lngLats: part.lngLats.map(([lng, lat]) => [lng, lat + degrees] as LngLat) };

const RUNS = Number(process.env.FC_RUNS ?? 60);
const RULES: OverlapRule[] = [resolveRule(), PRESETS['same-place'].rule, PRESETS['after-case'].rule, PRESETS.companion.rule, resolveRule({ distanceMeters: 300, toleranceMinutes: 60 })];

describe('the private check on day files', () => {
  it('finds the same overlaps as the server check on the published tracks', () => {
    fc.assert(
      fc.property(
        sceneArb({ extentMeters: 1_500, spanMinutes: 4 * 24 * 60, maxStayMinutes: 20 * 60, maxCases: 6 }),
        fc.constantFrom(...RULES),
        fc.constantFrom('Asia/Shanghai', 'America/Los_Angeles'),
        (scene, rule, timeZone) => {
          // Published tracks as the day files hold them (1e-6°, whole seconds).
          // Plus a case that followed the resident 11 m away, so overlaps fall on several local days.
          const follower = { caseCode: 'C-follow', parts: scene.resident.map((p) => shiftNorth(p, 1e-4)) };
          const published = [...scene.cases, follower].map((c) => ({ caseCode: c.caseCode, parts: c.parts.map(quantizePart) }));
          const server = checkTrajectory(scene.resident, published, rule);
          const files = planDayFiles(published, timeZone);
          const needed = pickDays(files, caseTrackWindow(scene.resident, rule));
          const downloaded = mergeDayTracks(needed.map((entry) => decodeDayFile(files.find((f) => f.file === entry.file)!.body)));
          expect(checkTrajectory(scene.resident, downloaded, rule)).toEqual(server);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
