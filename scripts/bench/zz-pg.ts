import { createBenchData } from './bench-data';
import { preparePostgis, queryPostgis, residentArrays, explainPostgis } from './postgis-anchor';
async function main() {
const data = createBenchData({ seed: 20220401, caseCount: 10_000, residentFixCount: 20_000 });
const t = performance.now();
const anchor = await preparePostgis(data.cases, [100, 1000, 10000], data.city.centre, 'probe', console.log);
if (typeof anchor === 'string') { console.log(anchor); return; }
console.log('prepared', performance.now() - t);
const cols = residentArrays(data.resident);
console.log(await explainPostgis(anchor, 10000, cols, 100));
for (const n of [100, 1000, 10000]) { const s = performance.now(); const c = await queryPostgis(anchor, n, cols, 100); console.log(n, c.size, performance.now() - s); }
await anchor.sql.end();

}
void main();
