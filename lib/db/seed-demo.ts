import fs from 'node:fs';
import path from 'node:path';
import { readCommunities, readGridCells } from '@/lib/import/read-communities';
import { readZones } from '@/lib/import/read-zones';
import { parseCaseTracks } from '@/lib/parse/parse-case-tracks';
import type { Db } from './client';
import { isDatabaseEmpty, saveCommunities, saveGridCells } from './queries/communities';
import { saveZones } from './queries/zones';
import { saveCaseTracks } from './queries/cases';
import { createUser, findUserByUsername } from './queries/users';
import { saveCommunityContacts } from './queries/community-contacts';
import { hashPassword } from '@/lib/auth/password';
import { asc, sql } from 'drizzle-orm';
import { communities, type UserRole } from './schema';
import { recordChange, type Actor } from './queries/audit';
import { rowsOf } from './client';

/**
 * The demo's accounts, one per role (two staff, to try the concurrent-edit conflict). Their passwords are
 * public, so they are flagged `isDemo` and refused at sign-in unless the app runs in demo mode.
 */
export const DEMO_ACCOUNTS: readonly { username: string; password: string; role: UserRole }[] = [
  { username: 'admin', password: 'demo-admin-2022', role: 'admin' },
  { username: 'staff', password: 'demo-staff-2022', role: 'staff' },
  { username: 'staff2', password: 'demo-staff2-2022', role: 'staff' },
  { username: 'official', password: 'demo-official-2022', role: 'official' },
];

const demoDir = () => path.join(process.cwd(), 'lib', 'demo');
const readDemo = (name: string) => fs.readFileSync(path.join(demoDir(), name), 'utf8');

type DemoGridCell = { properties: { worker?: { name: string; nameZh?: string; phone?: string } | string | null } & Record<string, unknown> };

/** The demo's grid cells carry their worker as an object (names in two languages); the import format has two fields. */
function demoGridCellsAsImport(text: string): string {
  const fc = JSON.parse(text) as { features: DemoGridCell[] };
  for (const feature of fc.features) {
    const worker = feature.properties.worker;
    if (worker && typeof worker === 'object') {
      feature.properties = { ...feature.properties, worker: worker.nameZh ? `${worker.nameZh} (${worker.name})` : worker.name, workerPhone: worker.phone ?? null };
    }
  }
  return JSON.stringify(fc);
}

/** reportedAt per case code, as the demo file carries it beside the interchange properties. */
function reportedAtByCase(text: string): Map<string, Date> {
  const fc = JSON.parse(text) as { features: { properties: { caseCode: string; reportedAt?: string } }[] };
  return new Map(
    fc.features.filter((f) => f.properties.reportedAt).map((f) => [f.properties.caseCode, new Date(f.properties.reportedAt as string)]),
  );
}

/** The service teams every demo community publishes (the 2022 notices list about these three). */
const DEMO_CONTACT_LABELS = ['社区服务热线 Community hotline', '就医协助 Medical help', '物资保障 Supplies'] as const;

/**
 * Illustrative service-team numbers for every demo community: fictitious 010-0000-5xxx numbers (as the
 * demo's grid workers have 010-0000-0xxx), never real ones; lib/demo/NOTICE.md says so.
 */
export async function seedDemoContacts(db: Db, actor: { label: string }): Promise<void> {
  const rows = await db.select({ id: communities.id }).from(communities).orderBy(asc(communities.code));
  for (const [i, community] of rows.entries()) {
    const contacts = DEMO_CONTACT_LABELS.map((label, k) => ({ label, phone: `010-0000-${5000 + i * DEMO_CONTACT_LABELS.length + k}` }));
    await saveCommunityContacts(db, community.id, contacts, actor);
  }
}

/** Any constant: serialises the demo seed of several processes opening one empty server database. */
const SEED_LOCK_KEY = 72_270_002;

/**
 * Loads the demo scenario (lib/demo, built from real public data; see lib/demo/NOTICE.md) into an empty
 * database, all in one transaction so a crash mid-seed leaves nothing half-loaded. Returns whether it seeded.
 */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  if (!(await isDatabaseEmpty(db))) return false;
  const actor = { label: 'demo-seed' };
  const casesText = readDemo('cases.geojson');
  const reportedAt = reportedAtByCase(casesText);
  const tracks = parseCaseTracks(casesText, { fileName: 'cases.geojson', timeZone: 'Asia/Seoul' }).tracks.map((t) => ({
    ...t,
    reportedAt: reportedAt.get(t.caseCode),
  }));
  // Hashing is slow on purpose: do it before the transaction opens.
  const accounts = await Promise.all(DEMO_ACCOUNTS.map(async (a) => ({ username: a.username, role: a.role, passwordHash: await hashPassword(a.password), isDemo: true })));
  return db.transaction(async (tx) => {
    // Two instances starting at once on an empty database: the second waits here (however long the
    // first takes: no lock or statement timeout), then finds it seeded.
    await tx.execute(sql`set local lock_timeout = 0`);
    await tx.execute(sql`set local statement_timeout = 0`);
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if (!(await isDatabaseEmpty(tx))) return false;
    for (const account of accounts) {
      // An operator may have created a real account of that name with user:create: leave it alone.
      if (!(await findUserByUsername(tx, account.username))) await createUser(tx, account, actor);
    }
    await saveCommunities(tx, readCommunities(readDemo('communities.geojson')), actor);
    await saveGridCells(tx, readGridCells(demoGridCellsAsImport(readDemo('grid-cells.geojson'))), actor);
    await saveZones(tx, readZones(readDemo('zones.geojson')), actor);
    // DS4C publishes dates only: the demo's times of day are generated, and the map says so.
    await saveCaseTracks(tx, tracks, actor, { publish: true, isTimeGenerated: true });
    await seedDemoTestingRounds(tx, actor);
    await seedDemoContacts(tx, actor);
    return true;
  });
}

/** Local test days of the generated rounds; each community's first is staggered over 18–24 Feb. */
const DEMO_ROUND_DAYS = ['2020-03-02', '2020-03-10', '2020-03-13', '2020-03-17', '2020-03-21', '2020-03-25', '2020-03-29'];

/**
 * Generated community work for the demo (lib/demo/NOTICE.md, "Testing rounds and targets"): a testing
 * round per community (per grid cell where it has cells) on a staggered first day and then every few
 * days, positives on 10 March in the communities the published cases visited, and each district's
 * target of 80% of its communities by 5 April 2020. Every row's note says it is generated.
 */
export async function seedDemoTestingRounds(tx: Parameters<Parameters<Db['transaction']>[0]>[0], actor: Actor): Promise<void> {
  const days = sql.join(DEMO_ROUND_DAYS.map((d) => sql`(${d}::date)`), sql`, `);
  const inserted = rowsOf<{ n: number | string }>(
    await tx.execute(sql`
      WITH fixed_days(day) AS (VALUES ${days}),
      places AS (
        SELECT c.id AS community_id, NULL::int AS grid_cell_id, coalesce(c.population, 1000)::numeric AS people, true AS is_first_place
          FROM communities c WHERE NOT EXISTS (SELECT 1 FROM grid_cells g WHERE g.community_id = c.id)
        UNION ALL
        SELECT g.community_id, g.id,
          coalesce(c.population, 1000)::numeric / count(*) OVER (PARTITION BY g.community_id),
          g.id = min(g.id) OVER (PARTITION BY g.community_id)
          FROM grid_cells g JOIN communities c ON c.id = g.community_id
      ),
      visited AS (
        SELECT DISTINCT c.id FROM communities c
          JOIN case_visits v ON ST_Intersects(v.geom, c.boundary) JOIN cases k ON k.id = v.case_id
          WHERE k.status = 'published' AND k.reported_at < '2020-03-11T00:00:00+09:00'
      ),
      place_days AS (
        SELECT p.*, ('2020-02-18'::date + (p.community_id % 7)) AS day FROM places p
        UNION ALL
        SELECT p.*, d.day FROM places p CROSS JOIN fixed_days d
      ),
      saved AS (
        INSERT INTO testing_rounds (community_id, grid_cell_id, round_number, tested_on, people_tested, positives, note)
        SELECT pd.community_id, pd.grid_cell_id,
          row_number() OVER (PARTITION BY pd.community_id, pd.grid_cell_id ORDER BY pd.day),
          pd.day,
          greatest(1, round(pd.people * (0.86 + ((pd.community_id + extract(day FROM pd.day)::int) % 9) * 0.01)))::int,
          CASE WHEN pd.day = '2020-03-10' AND pd.is_first_place AND pd.community_id IN (SELECT id FROM visited) THEN 1 + pd.community_id % 3 ELSE 0 END,
          'generated demo data'
        FROM place_days pd
        RETURNING id
      )
      SELECT count(*) AS n FROM saved`),
  )[0];
  await tx.execute(sql`
    INSERT INTO district_targets (district, target_count, due_on)
    SELECT district, ceil(count(*) * 0.5)::int, '2020-03-20'::date FROM communities GROUP BY district
    UNION ALL
    SELECT district, ceil(count(*) * 0.8)::int, '2020-04-05'::date FROM communities GROUP BY district`);
  await recordChange(tx, actor, { action: 'create', objectType: 'testing-round', objectId: 'demo', after: { generated: true, rounds: Number(inserted.n), targets: 'every district: 50% by 2020-03-20, 80% by 2020-04-05' } });
}
