import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { settings } from '@/lib/env';
import { rowsOf } from './client';
import { readFromStandby, standbyStatus } from './read-db';
import { testDb } from './test-support';

/** Which server answered: its port (the primary and a standby differ). */
const serverPort = async (db: Parameters<Parameters<typeof readFromStandby>[0]>[0]) =>
  Number(rowsOf<{ port: string }>(await db.execute(sql`select current_setting('port') as port`))[0].port);

describe.runIf(Boolean(settings.databaseUrl))('readFromStandby on a PostgreSQL server', () => {
  it('reads from a standby that answers', async () => {
    // The test server stands in for a standby: the read must go through the standby's own pool.
    const url = `${settings.databaseUrl}?application_name=gw-standby-test`;
    const name = await readFromStandby((db) => db.execute(sql`select current_setting('application_name') as name`), { url });
    expect(rowsOf<{ name: string }>(name)[0].name).toBe('gw-standby-test');
  });

  it('falls back to the primary at once when the standby is down, then rests it', async () => {
    const primaryPort = await serverPort(await testDb());
    const url = 'postgres://postgres@127.0.0.1:1/nothing-listens-here';
    expect(await readFromStandby(serverPort, { url })).toBe(primaryPort);
    expect(standbyStatus(url)).toEqual({ isResting: true, failures: 1 });
    // While it rests, reads do not try it (no second failure).
    expect(await readFromStandby(serverPort, { url })).toBe(primaryPort);
    expect(standbyStatus(url).failures).toBe(1);
  });

  it('sends readers that prefer the primary (staff) there, and passes a wrong query’s error on', async () => {
    const url = `${settings.databaseUrl}?application_name=gw-standby-test-2`;
    const name = await readFromStandby((db) => db.execute(sql`select current_setting('application_name') as name`), { url, preferPrimary: true });
    expect(rowsOf<{ name: string }>(name)[0].name).not.toBe('gw-standby-test-2');
    await expect(readFromStandby((db) => db.execute(sql`select * from no_such_table`), { url })).rejects.toThrow(/no_such_table/);
    expect(standbyStatus(url).failures).toBe(0);
  });
});
