import { describe, expect, it } from 'vitest';
import { emptyDraft, type CaseDraft } from './case-draft';
import { withMovement, withReshapedMovement, withStay, withVisitMoved, withVisitPatch } from './draft-visits';

const base = (): CaseDraft => ({ ...emptyDraft(new Date('2020-03-07T00:00:00Z')), code: 'C-1' });

describe('draft visits', () => {
  it('starts the first stay now, and the next one when the last visit ended, without mutating the draft', () => {
    const draft = base();
    const one = withStay(draft, [127, 37.5], '2020-03-07T09:00:00Z', 1);
    expect(draft.visits).toEqual([]);
    const first = one.visits[0];
    expect(first).toMatchObject({ key: 1, kind: 'stay', lngLat: [127, 37.5], place: '' });
    expect(first.kind === 'stay' && first.start).toBe(first.kind === 'stay' && first.end);
    const edited = withVisitPatch(one, 1, { end: '2020-03-07T11:30' });
    const two = withStay(edited, [127.1, 37.5], '2020-03-09T00:00:00Z', 2);
    expect(two.visits[1]).toMatchObject({ start: '2020-03-07T11:30', end: '2020-03-07T11:30' });
  });

  it('starts a movement where the last visit ended, to the second, with the other times to fill in', () => {
    const stay = withVisitPatch(withStay(base(), [127, 37.5], '2020-03-07T09:00:00Z', 1), 1, { end: '2020-03-07T10:00' });
    const moved = withMovement(stay, [[127, 37.5], [127.01, 37.5], [127.02, 37.5]], 2);
    expect(moved.visits[1]).toMatchObject({ kind: 'movement', times: ['2020-03-07T10:00:00', '', ''] });
    expect(withMovement(base(), [[0, 0], [1, 1]], 3).visits[0]).toMatchObject({ times: ['', ''] });
  });

  it('keeps typed times with their vertices when a movement is reshaped', () => {
    const draft = withVisitPatch(withMovement(base(), [[0, 0], [1, 0]], 5), 5, { times: ['2020-03-07T10:00:00', '2020-03-07T11:00:00'] });
    const reshaped = withReshapedMovement(draft, 5, [[0, 0], [0.5, 0.2], [1, 0]]);
    expect(reshaped.visits[0]).toMatchObject({ lngLats: [[0, 0], [0.5, 0.2], [1, 0]], times: ['2020-03-07T10:00:00', '', '2020-03-07T11:00:00'] });
    expect(withReshapedMovement(draft, 99, [[0, 0]])).toEqual(draft);
  });

  it('moves a visit up or down, and not past either end', () => {
    const draft = withStay(withStay(base(), [0, 0], '2020-03-07T09:00:00Z', 1), [1, 1], '2020-03-07T09:00:00Z', 2);
    expect(withVisitMoved(draft, 1, -1).visits.map((v) => v.key)).toEqual([2, 1]);
    expect(withVisitMoved(draft, 0, -1)).toBe(draft);
    expect(withVisitMoved(draft, 1, 1)).toBe(draft);
  });
});
