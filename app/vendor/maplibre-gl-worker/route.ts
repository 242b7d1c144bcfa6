import fs from 'node:fs/promises';
import path from 'node:path';

/*
 * MapLibre 6 runs its tiles and GeoJSON in a module worker shipped as a separate file, which the
 * bundler does not emit; the map points at this route instead (setWorkerUrl). Served from the
 * installed package so the worker always matches the library's version.
 */
export const dynamic = 'force-static';

export async function GET() {
  const source = await fs.readFile(path.join(process.cwd(), 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl-worker.mjs'));
  return new Response(source, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}
