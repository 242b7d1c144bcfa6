import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { emptyZoneForm, fromLocalInput, generatedZoneBodies, readPastedBoundary, toLocalInput, zoneFormOf, zoneSaveBody } from './zone-form';

const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
const other: Polygon = { type: 'Polygon', coordinates: [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]] };

describe('toLocalInput / fromLocalInput', () => {
  it('round-trips an instant to the minute through the browser wall time', () => {
    const local = toLocalInput('2020-03-07T08:30:45Z');
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(fromLocalInput(local)).toBe('2020-03-07T08:30:00.000Z');
  });
  it('maps nothing to nothing', () => {
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
  });
});

describe('zone form', () => {
  it('starts sealed and effective now', () => {
    const form = emptyZoneForm('2020-03-07T08:30:00Z');
    expect(form).toMatchObject({ kind: 'sealed', name: '', plannedLift: '', note: '', pasted: '' });
    expect(fromLocalInput(form.effectiveFrom)).toBe('2020-03-07T08:30:00.000Z');
  });

  it('fills from a zone and saves back the same values, naming the version', () => {
    const zone = { kind: 'controlled' as const, name: 'Block 3', effectiveFrom: '2020-03-07T08:30:00.000Z', plannedLift: '2020-03-21T08:30:00.000Z', liftedAt: null, note: null, version: 4 };
    const form = zoneFormOf(zone);
    expect(form.note).toBe('');
    expect(zoneSaveBody(form, square, zone.version)).toEqual({
      kind: 'controlled',
      name: 'Block 3',
      effectiveFrom: zone.effectiveFrom,
      plannedLift: zone.plannedLift,
      note: null,
      geometry: square,
      version: 4,
    });
  });

  it('leaves the version out of a new zone', () => {
    expect(zoneSaveBody(emptyZoneForm(), square)).not.toHaveProperty('version');
  });
});

describe('readPastedBoundary', () => {
  it('takes a Feature’s geometry or the geometry itself', () => {
    expect(readPastedBoundary(JSON.stringify({ type: 'Feature', properties: {}, geometry: square }))).toEqual({ geometry: square });
    expect(readPastedBoundary(JSON.stringify(square))).toEqual({ geometry: square });
  });
  it('is null when nothing is pasted and gives the parser’s message for broken JSON', () => {
    expect(readPastedBoundary(' \n')).toBeNull();
    const read = readPastedBoundary('{"type":');
    expect(read && 'error' in read && read.error).toMatch(/JSON/);
  });
});

describe('generatedZoneBodies', () => {
  const options = { base: 'Block 3', effectiveFrom: '2020-03-07T08:30:00.000Z', kindName: (kind: string) => kind.toUpperCase() };

  it('makes one zone per drafted kind, joining pieces of one kind into a MultiPolygon', () => {
    const drawn = [
      { id: 'a', geometry: square },
      { id: 'b', geometry: other },
      { id: 'c', geometry: other },
      { id: 'stray', geometry: square },
    ];
    const ids = new Map([
      ['a', 'sealed' as const],
      ['b', 'precaution' as const],
      ['c', 'precaution' as const],
    ]);
    const zones = generatedZoneBodies(drawn, ids, options);
    expect(zones.map((z) => [z.kind, z.name, z.geometry.type])).toEqual([
      ['sealed', 'Block 3 · SEALED', 'Polygon'],
      ['precaution', 'Block 3 · PRECAUTION', 'MultiPolygon'],
    ]);
    expect(zones[0].effectiveFrom).toBe(options.effectiveFrom);
  });

  it('names zones with a dash when no base name is given, and gives none for an empty drawing', () => {
    expect(generatedZoneBodies([{ id: 1, geometry: square }], new Map([['1', 'controlled' as const]]), { ...options, base: '' })[0].name).toBe('— · CONTROLLED');
    expect(generatedZoneBodies([], new Map(), options)).toEqual([]);
  });
});
