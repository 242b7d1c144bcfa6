import { NextResponse } from 'next/server';
import { sql } from 'drizzle-orm';
import { withErrors } from '@/lib/api/respond';
import { getDb } from '@/lib/db/client';
import { readFromStandby, standbyStatus } from '@/lib/db/read-db';
import { settings } from '@/lib/env';

export const dynamic = 'force-dynamic';

/**
 * GET /api/health: 200 when this instance can reach its database (503 coded otherwise), for load
 * balancers and the cluster scripts. Says whether public reads go to the read standby or, while it rests
 * after a failure, to the primary. Nothing private.
 */
export async function GET(request: Request): Promise<Response> {
  return withErrors(async () => {
    await (await getDb()).execute(sql`select 1`);
    let reads: 'primary' | 'standby' = 'primary';
    if (settings.databaseReadUrl) {
      await readFromStandby((db) => db.execute(sql`select 1`));
      reads = standbyStatus().isResting ? 'primary' : 'standby';
    }
    return NextResponse.json({ status: 'ok', pid: process.pid, publicReads: reads }, { headers: { 'Cache-Control': 'no-store' } });
  }, request);
}
