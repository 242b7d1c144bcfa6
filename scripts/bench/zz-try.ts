import { createBenchData } from './bench-data';
import { buildCaseIndex } from '../../lib/overlap/build-case-index';
import { findOverlaps } from '../../lib/overlap/find-overlaps';
let t = performance.now();
const data = createBenchData({ seed: 20220401, caseCount: 10_000, residentFixCount: 20_000 });
console.log('gen ms', performance.now() - t, 'caseFixes', data.caseFixes, 'resident parts', data.resident.length);
for (const n of [100, 1000, 10000]) {
  const cases = data.cases.slice(0, n);
  t = performance.now();
  const index = buildCaseIndex(cases);
  const build = performance.now() - t;
  const times: number[] = [];
  let o: ReturnType<typeof findOverlaps> = [];
  for (let r = 0; r < 7; r++) { t = performance.now(); o = findOverlaps(data.resident, index); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(n, 'pieces', index.pieces.count, 'build', build.toFixed(0), 'MB', (index.byteLength / 1e6).toFixed(0), 'median', times[3].toFixed(1), 'overlaps', o.length, 'cases', new Set(o.map((x) => x.caseCode)).size);
}
