import { describe, expect, it } from 'vitest';
import { changedFields, draftBody, draftOfCase, parseStoredDraft, rebaseDraft, type EditableCase } from './case-draft';

const stored: EditableCase = {
  code: 'C-9',
  classification: 'confirmed',
  status: 'published',
  communityId: 3,
  reportedAt: '2022-04-02T01:00:00.000Z',
  version: 4,
  visits: [{ place: 'Market', startsAt: '2022-04-01T01:00:00.000Z', endsAt: '2022-04-01T02:00:00.000Z', geometry: { type: 'Point', coordinates: [121.4, 31.2] }, coordTimes: null }],
};

describe('case drafts', () => {
  it('an edit names the version it read; a new case says it is new', () => {
    const draft = draftOfCase(stored);
    expect(draftBody(draft)).toMatchObject({ code: 'C-9', version: 4, visits: [{ place: 'Market', lngLat: [121.4, 31.2], start: '2022-04-01T01:00:00.000Z' }] });
    expect(draftBody({ ...draft, isExisting: false })).toMatchObject({ isNew: true });
    expect(draftBody({ ...draft, isExisting: false })).not.toHaveProperty('version');
  });

  it('names what the other editor changed', () => {
    const theirs = { ...stored, version: 5, visits: [...stored.visits, { ...stored.visits[0], place: 'Bakery' }] };
    expect(changedFields(stored, theirs)).toEqual(['visits']);
    expect(changedFields(stored, { ...theirs, classification: 'asymptomatic', status: 'draft' })).toEqual(['classification', 'status', 'visits']);
    expect(changedFields(stored, stored)).toEqual([]);
  });

  it('re-applying keeps every typed visit and takes their version', () => {
    const mine = { ...draftOfCase(stored), visits: [] };
    const rebased = rebaseDraft(mine, { ...stored, version: 7 });
    expect(rebased).toEqual({ ...mine, version: 7 });
  });

  it('reads a stored draft back, and refuses text that is not one', () => {
    const draft = draftOfCase(stored);
    const back = parseStoredDraft(JSON.stringify(draft));
    expect(back).toMatchObject({ code: 'C-9', version: 4, isExisting: true, visits: [{ kind: 'stay', place: 'Market' }] });
    for (const bad of [null, '', '{', '[]', '{"code":1}', JSON.stringify({ ...draft, visits: 'x' })]) expect(parseStoredDraft(bad)).toBeUndefined();
  });
});
