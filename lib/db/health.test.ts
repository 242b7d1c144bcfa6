import { describe, expect, it, vi } from 'vitest';
import { DATABASE_PROBE_INTERVAL_MS, isDatabaseDown, isDatabaseDownForPage, markDatabaseDown, markDatabaseUp, registerDatabaseProbe } from './health';

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

  it('lets a page find an outage before it renders: the first page request after the database vanished is down', async () => {
    let reachable = true;
    const probe = vi.fn(async () => (reachable ? markDatabaseUp() : markDatabaseDown()));
    registerDatabaseProbe(probe);
    markDatabaseUp();
    expect(await isDatabaseDownForPage(0)).toBe(false);
    reachable = false;
    // Nothing has failed yet, so the plain check still says up; the page check asks the database.
    expect(isDatabaseDown(1)).toBe(false);
    expect(await isDatabaseDownForPage(2)).toBe(true);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('shares one probe among the page requests that arrive while it runs', async () => {
    let answer: () => void = () => {};
    const probe = vi.fn(() => new Promise<void>((resolve) => (answer = () => resolve(markDatabaseUp()))));
    registerDatabaseProbe(probe);
    markDatabaseUp();
    const pages = [isDatabaseDownForPage(0), isDatabaseDownForPage(0), isDatabaseDownForPage(0)];
    answer();
    expect(await Promise.all(pages)).toEqual([false, false, false]);
    expect(probe).toHaveBeenCalledTimes(1);
  });
});
