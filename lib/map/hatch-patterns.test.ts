import { describe, expect, it } from 'vitest';
import { hatchPattern, inkCoverage } from './hatch-patterns';

describe('hatchPattern', () => {
  it('makes square RGBA images in the given colour', () => {
    const image = hatchPattern('controlled', '#a84f00');
    expect(image.data).toHaveLength(16 * 16 * 4);
    const firstInk = image.data.findIndex((_, i) => i % 4 === 3 && image.data[i] === 255);
    expect(Array.from(image.data.slice(firstInk - 3, firstInk + 1))).toEqual([0xa8, 0x4f, 0x00, 255]);
  });

  it('orders ink density sealed > controlled > precaution, so kinds differ without colour', () => {
    const [sealed, controlled, precaution] = (['sealed', 'controlled', 'precaution'] as const).map((k) => inkCoverage(hatchPattern(k, '#000000')));
    expect(sealed).toBeGreaterThan(controlled);
    expect(controlled).toBeGreaterThan(precaution);
    expect(precaution).toBeGreaterThan(0);
  });

  it('tiles seamlessly: left and right columns continue each other', () => {
    const image = hatchPattern('controlled', '#000000');
    const alpha = (x: number, y: number) => image.data[(y * image.width + x) * 4 + 3];
    // A down-diagonal stroke leaving the right edge at row y re-enters the left edge at row y+1.
    for (let y = 0; y < image.height - 1; y++) expect(alpha(image.width - 1, y) > 0).toBe(alpha(0, y + 1) > 0);
  });
});
