import { describe, expect, it } from 'vitest';
import { describeChange } from './describe-change';

const formatInstant = (iso: string) => `L(${iso.slice(5, 16)})`;

describe('describeChange', () => {
  it('lists only the fields an update changed', () => {
    expect(describeChange({ kind: 'sealed', name: 'A', version: 1 }, { kind: 'controlled', name: 'A', version: 2 }, { formatInstant })).toEqual([
      { field: 'kind', before: 'sealed', after: 'controlled' },
      { field: 'version', before: '1', after: '2' },
    ]);
  });
  it('shows a creation as its state after and a deletion as its state before', () => {
    expect(describeChange(null, { code: 'C-1' }, { formatInstant })).toEqual([{ field: 'code', before: null, after: 'C-1' }]);
    expect(describeChange({ code: 'C-1' }, null, { formatInstant })).toEqual([{ field: 'code', before: 'C-1', after: null }]);
  });
  it('writes instants in local time, visits as place and times, and counts long lists', () => {
    const visit = (place: string) => ({ place, from: '2022-04-01T02:00:00.000Z', to: '2022-04-01T03:00:00.000Z', at: [1, 2] });
    const lines = describeChange(
      { liftedAt: null, visitCount: 1, visits: [visit('Market')] },
      { liftedAt: '2022-04-05T12:00:00.000Z', visitCount: 7, visits: Array.from({ length: 7 }, (_, i) => visit(`P${i}`)) },
      { formatInstant, maxItems: 2 },
    );
    expect(lines).toEqual([
      { field: 'liftedAt', before: '—', after: 'L(04-05T12:00)' },
      { field: 'visitCount', before: '1', after: '7' },
      { field: 'visits', before: '[1] Market L(04-01T02:00)–L(04-01T03:00)', after: '[7] P0 L(04-01T02:00)–L(04-01T03:00)；P1 L(04-01T02:00)–L(04-01T03:00)；… +5' },
    ]);
  });
  it('summarises geometries, handles non-object states and cuts long text', () => {
    expect(describeChange({ geometry: { type: 'Polygon', coordinates: [[[0, 0]]] } }, { geometry: { type: 'Polygon', coordinates: [[[1, 1]]] } }, { formatInstant })[0].after).toBe('Polygon (9 B)');
    expect(describeChange([], [{ label: 'a', phone: '1' }], { formatInstant })).toEqual([{ field: '', before: '[0] ', after: '[1] label: a, phone: 1' }]);
    expect(describeChange({ note: 'x'.repeat(50) }, { note: 'y' }, { formatInstant, maxChars: 10 })[0].before).toBe('xxxxxxxxx…');
    expect(describeChange({ a: 1 }, { a: 1 }, { formatInstant })).toEqual([]);
  });
});
