import { createBenchData } from './bench-data';
import { preparePostgis, residentArrays } from './postgis-anchor';
async function main() {
const data = createBenchData({ seed: 20220401, caseCount: 10_000, residentFixCount: 20_000 });
const anchor = await preparePostgis(data.cases, [100, 1000, 10000], data.city.centre, 'probe', console.log);
if (typeof anchor === 'string') { console.log(anchor); return; }
const cols = residentArrays(data.resident);
const o = anchor.origin;
const line = `ST_Transform(ST_SetSRID(ST_MakeLine(ST_MakePointM(lng0, lat0, t0 - ${o}), ST_MakePointM(lng1, lat1, (case when t1 > t0 then t1 else t0 + 0.001 end) - ${o})), 4326), 990001)`;
for (const jit of ['on', 'off']) {
  await anchor.sql.unsafe(`set jit = ${jit}`);
  for (const mat of ['', 'materialized']) {
    for (const n of [100, 1000, 10000]) {
      const q = `with r as ${mat} (select tstzrange(to_timestamp(t0), to_timestamp(t1), '[]') as during, ${line} as geom from unnest($1::float8[], $2::float8[], $3::float8[], $4::float8[], $5::float8[], $6::float8[]) as u(lng0, lat0, t0, lng1, lat1, t1))
      select distinct c.case_code from r join bench_case_segment_${n} c on c.during && r.during and ST_DWithin(c.geom, r.geom, $7) where ST_CPAWithin(c.geom, r.geom, $7)`;
      const times = [];
      let size = 0;
      for (let k = 0; k < 3; k++) { const s = performance.now(); size = (await anchor.sql.unsafe(q, [...cols, 100])).length; times.push(performance.now() - s); }
      console.log(`jit=${jit} ${mat || 'inlined'} n=${n} found=${size} ms=${times.map((t) => t.toFixed(0)).join(',')}`);
    }
  }
}
await anchor.sql.end();
}
void main();
