/**
 * Cases tile sizes at the map bench's scale: seeds the map bench's data (10,000 tracks, see
 * map-bench-data.ts) in a fresh PostgreSQL database and renders the 3 × 3 cases tiles around the centre
 * at zooms 10–16 with both encoders, in process (no server, no build). Prints the largest tile and the
 * median and slowest render time per zoom, then one line of JSON.
 *
 *   npm run bench:tile-sizes
 *
 * Environment: BENCH_MAP_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/gridwatch_bench_map).
 */
import { openDatabase } from '../../lib/db/client';
import { parseSettings } from '../../lib/env';
import { renderTile, type TileEncoder } from '../../lib/db/queries/tiles';
import { tileOf } from '../../lib/tiles/tile-params';
import { AT, BENCH_MAP_URL_DEFAULT, CENTRE, recreateDatabase, seedMapBench } from './map-bench-data';

const databaseUrl = process.env.BENCH_MAP_DATABASE_URL ?? BENCH_MAP_URL_DEFAULT;
const ZOOMS = [10, 11, 12, 13, 14, 15, 16];
/** The home map's and the load bench's track window. */
const DAYS = 14;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  await recreateDatabase(databaseUrl);
  const { points, visits } = await seedMapBench(databaseUrl);
  console.log(`seeded ${visits} visits, ${points} points → ${databaseUrl}`);
  const handle = await openDatabase({ settings: parseSettings({ DATABASE_URL: databaseUrl, GRIDWATCH_DEMO: 'off' }), seedDemo: false });
  const at = new Date(AT);
  const filter = { at, since: new Date(at.getTime() - DAYS * 86_400_000) };
  const result: Record<TileEncoder, Record<number, { maxBytes: number; medianMs: number; maxMs: number }>> = { postgis: {}, js: {} };
  try {
    for (const encoder of ['postgis', 'js'] as const) {
      for (const z of ZOOMS) {
        const centre = tileOf(CENTRE, z);
        const sizes: number[] = [];
        const times: number[] = [];
        for (const dx of [-1, 0, 1]) {
          for (const dy of [-1, 0, 1]) {
            const started = performance.now();
            const tile = await renderTile(handle.db, { layer: 'cases', z, x: centre.x + dx, y: centre.y + dy }, filter, encoder);
            times.push(performance.now() - started);
            sizes.push(tile.byteLength);
          }
        }
        result[encoder][z] = { maxBytes: Math.max(...sizes), medianMs: Math.round(median(times)), maxMs: Math.round(Math.max(...times)) };
        console.log(`${encoder} z${z}: largest ${(Math.max(...sizes) / 1e6).toFixed(2)} MB, median ${Math.round(median(times))} ms, slowest ${Math.round(Math.max(...times))} ms over 9 tiles`);
      }
    }
  } finally {
    await handle.close();
  }
  console.log(JSON.stringify({ bench: 'tile-sizes', layer: 'cases', days: DAYS, ...result }));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
