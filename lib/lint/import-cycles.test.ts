import { describe, expect, it } from 'vitest';
import { findCycles, importGraph } from './import-cycles';

describe('findCycles', () => {
  it('finds a circle and not a diamond', () => {
    expect(findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
    expect(findCycles(new Map([['a', ['b', 'c']], ['b', ['d']], ['c', ['d']], ['d', []]]))).toEqual([]);
  });
});

describe('the project', () => {
  it('has no import circle between its own modules (value imports)', () => {
    const graph = importGraph(process.cwd(), ['lib', 'app']);
    expect(graph.size).toBeGreaterThan(200);
    expect(findCycles(graph)).toEqual([]);
  });
});
