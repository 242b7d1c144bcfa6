import { expect, type Page } from '@playwright/test';

/** Waits for the map's DOM contract: idle with all its sources loaded. */
export async function waitForMapReady(page: Page): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', { timeout: 45_000 });
}

/** Features the map has rendered in a layer, read through MapLibre's own API. */
export async function renderedFeatures(page: Page, layerIds: string[]): Promise<{ layer: string; properties: Record<string, unknown> }[]> {
  return page.evaluate((ids) => {
    const map = window.gridwatchMap;
    if (!map) throw new Error('no map on the page');
    return map.queryRenderedFeatures({ layers: ids.filter((id) => map.getLayer(id)) }).map((f) => ({ layer: f.layer.id, properties: f.properties }));
  }, layerIds);
}

/** Fails the test on any console error or uncaught exception in the page. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}
