import { describe, expect, it, vi } from 'vitest';
import { DATABASE_PROBE_INTERVAL_MS, isDatabaseDown, markDatabaseDown, markDatabaseUp, registerDatabaseProbe } from './health';

describe('database health', () => {
  it('is down from a failure until a probe reaches the database, probing at most once per interval', async () => {
    let reachable = false;
    const probe = vi.fn(async () => (reachable ? markDatabaseUp() : markDatabaseDown()));
    registerDatabaseProbe(probe);
    markDatabaseUp();
    expect(isDatabaseDown(0)).toBe(false);
    markDatabaseDown(1_000);
    expect(isDatabaseDown(1_001)).toBe(true);
    expect(probe).not.toHaveBeenCalled();
    expect(isDatabaseDown(1_000 + DATABASE_PROBE_INTERVAL_MS)).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(isDatabaseDown(1_001 + DATABASE_PROBE_INTERVAL_MS)).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
    reachable = true;
    isDatabaseDown(1_000 + 2 * DATABASE_PROBE_INTERVAL_MS);
    await vi.waitFor(() => expect(isDatabaseDown(1_000 + 2 * DATABASE_PROBE_INTERVAL_MS)).toBe(false));
    expect(probe).toHaveBeenCalledTimes(2);
  });
});
