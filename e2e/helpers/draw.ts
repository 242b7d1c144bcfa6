import type { Page } from '@playwright/test';

export type LngLat = [number, number];

/** Screen position of a map coordinate, through MapLibre's own projection. */
export async function screenPointOf(page: Page, lngLat: LngLat): Promise<{ x: number; y: number }> {
  return page.evaluate((p) => {
    const map = window.gridwatchMap;
    if (!map) throw new Error('no map on the page');
    const projected = map.project(p as [number, number]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + projected.x, y: box.top + projected.y };
  }, lngLat);
}

/**
 * Draws a polygon with terra-draw's polygon mode by clicking each corner on the map, then the first corner
 * again to close it. The drawing mode must be on (the "Draw a new zone" button).
 */
export async function drawPolygon(page: Page, lngLats: LngLat[]): Promise<void> {
  for (const lngLat of [...lngLats, lngLats[0]]) {
    const { x, y } = await screenPointOf(page, lngLat);
    await page.mouse.move(x, y, { steps: 4 });
    await page.mouse.click(x, y);
    // Apart enough that two clicks never read as a double-click.
    await page.waitForTimeout(350);
  }
}

/** A square of `halfSide` degrees around the map's current centre, as corners (not closed). */
export async function squareAroundCentre(page: Page, halfSide: number, offset: LngLat = [0, 0]): Promise<LngLat[]> {
  const [lng, lat] = await page.evaluate(() => window.gridwatchMap!.getCenter().toArray());
  const [cx, cy] = [lng + offset[0], lat + offset[1]];
  return [
    [cx - halfSide, cy - halfSide],
    [cx + halfSide, cy - halfSide],
    [cx + halfSide, cy + halfSide],
    [cx - halfSide, cy + halfSide],
  ];
}

/**
 * Draws a line with terra-draw's line mode by clicking each vertex on the map, then the last vertex again
 * to finish it. The line mode must be on (the "Draw a movement line" button).
 */
export async function drawLine(page: Page, lngLats: LngLat[]): Promise<void> {
  for (const lngLat of [...lngLats, lngLats[lngLats.length - 1]]) {
    const { x, y } = await screenPointOf(page, lngLat);
    await page.mouse.move(x, y, { steps: 4 });
    await page.mouse.click(x, y);
    // Apart enough that two clicks never read as a double-click.
    await page.waitForTimeout(350);
  }
}

/** Drags on the map from one coordinate to another with the left button, in small steps as a hand would. */
export async function dragOnMap(page: Page, from: LngLat, to: LngLat): Promise<void> {
  const start = await screenPointOf(page, from);
  const end = await screenPointOf(page, to);
  await page.mouse.move(start.x, start.y, { steps: 4 });
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
  await page.waitForTimeout(350);
}
