import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE, PRESETS, resolveRule, ruleInputSchema } from './rule';

describe('resolveRule', () => {
  it('defaults to 100 m, same time, any duration, 30-minute gaps', () => {
    expect(resolveRule()).toEqual({
      mode: 'distance',
      distanceMeters: 100,
      toleranceMinutes: 0,
      minOverlapMinutes: 0,
      maxGapMinutes: 30,
    });
    expect(resolveRule({})).toEqual(DEFAULT_RULE);
  });

  it('resolves the presets', () => {
    expect(resolveRule({ preset: 'same-place' })).toMatchObject({
      distanceMeters: 50,
      toleranceMinutes: 0,
      minOverlapMinutes: 15,
    });
    expect(resolveRule({ preset: 'after-case' })).toMatchObject({
      distanceMeters: 50,
      toleranceMinutes: 240,
      minOverlapMinutes: 0,
    });
    expect(resolveRule({ preset: 'companion' })).toMatchObject({ mode: 'companion', h3Resolution: 8, minCompanionMinutes: 10 });
    for (const preset of Object.values(PRESETS)) expect(preset.source).toMatch(/\S/);
  });

  it('fills explicit parameters and passes resolved rules through as copies', () => {
    expect(resolveRule({ distanceMeters: 20, minOverlapMinutes: 5 })).toEqual({
      ...DEFAULT_RULE,
      distanceMeters: 20,
      minOverlapMinutes: 5,
    });
    const rule = resolveRule({ preset: 'after-case' });
    expect(resolveRule(rule)).toEqual(rule);
    expect(resolveRule(rule)).not.toBe(rule);
    expect(resolveRule({ preset: 'same-place' })).not.toBe(PRESETS['same-place'].rule);
  });

  it('rejects what a client must not send', () => {
    expect(ruleInputSchema.safeParse({ preset: 'nearby' }).success).toBe(false);
    expect(ruleInputSchema.safeParse({ preset: 'same-place', distanceMeters: 5 }).success).toBe(false);
    expect(ruleInputSchema.safeParse({ distanceMeters: -1 }).success).toBe(false);
    expect(ruleInputSchema.safeParse({ distanceMeters: 50_000 }).success).toBe(false);
    expect(ruleInputSchema.safeParse({ toleranceMinutes: Number.NaN }).success).toBe(false);
    expect(() => resolveRule({ distanceMeters: '50' } as never)).toThrow();
  });
});
