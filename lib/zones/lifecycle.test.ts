import { describe, expect, it } from 'vitest';
import { parseLifecycleRule, proposeStep, SHANGHAI_2022_RULE } from './lifecycle';

const at = (iso: string) => new Date(iso);
const sealed = { kind: 'sealed' as const, kindSince: at('2022-04-01T00:00:00Z'), liftedAt: null };

describe('proposeStep (Shanghai 2022 rule, injected clock)', () => {
  it('proposes controlled 7 days after sealing, not before', () => {
    expect(proposeStep(sealed, null, SHANGHAI_2022_RULE, at('2022-04-07T23:59:00Z'))).toEqual({ to: 'controlled', dueAt: at('2022-04-08T00:00:00Z'), isDue: false });
    expect(proposeStep(sealed, null, SHANGHAI_2022_RULE, at('2022-04-08T00:00:00Z'))).toMatchObject({ to: 'controlled', isDue: true });
  });

  it('restarts the clock at a new case inside', () => {
    const proposal = proposeStep(sealed, at('2022-04-05T10:00:00Z'), SHANGHAI_2022_RULE, at('2022-04-08T00:00:00Z'));
    expect(proposal).toEqual({ to: 'controlled', dueAt: at('2022-04-12T10:00:00Z'), isDue: false });
  });

  it('ignores a case from before the zone took its kind', () => {
    expect(proposeStep(sealed, at('2022-03-30T00:00:00Z'), SHANGHAI_2022_RULE, at('2022-04-08T00:00:00Z'))).toMatchObject({ isDue: true });
  });

  it('steps controlled to precaution after 3 more days, and stops there', () => {
    const controlled = { kind: 'controlled' as const, kindSince: at('2022-04-08T00:00:00Z'), liftedAt: null };
    expect(proposeStep(controlled, null, SHANGHAI_2022_RULE, at('2022-04-11T00:00:00Z'))).toMatchObject({ to: 'precaution', isDue: true });
    expect(proposeStep({ ...controlled, kind: 'precaution' }, null, SHANGHAI_2022_RULE, at('2022-05-01T00:00:00Z'))).toBeNull();
  });

  it('proposes nothing for a lifted zone', () => {
    expect(proposeStep({ ...sealed, liftedAt: at('2022-04-03T00:00:00Z') }, null, SHANGHAI_2022_RULE, at('2022-04-09T00:00:00Z'))).toBeNull();
  });
});

describe('parseLifecycleRule', () => {
  it('reads the settings text', () => {
    expect(parseLifecycleRule('sealed>controlled:7, controlled>precaution:3')).toEqual(SHANGHAI_2022_RULE);
  });
  it('refuses typos', () => {
    expect(() => parseLifecycleRule('sealed>lockdown:7')).toThrow(/sealed>controlled:7/);
    expect(() => parseLifecycleRule('sealed>controlled:0')).toThrow();
  });
});
