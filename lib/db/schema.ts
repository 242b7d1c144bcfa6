/*
 * Tables and their types. No `import 'server-only'` here on purpose: drizzle-kit and the CLI load
 * this file outside Next.js; the door that opens the database (client.ts) carries the guard.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { multiPolygonColumn, pointColumn, tstzrange, visitGeometryColumn } from './postgis';

import { CASE_CLASSIFICATIONS, CASE_STATUSES, REPORT_STATUSES, USER_ROLES, ZONE_KINDS } from '../enums';

export { CASE_CLASSIFICATIONS, CASE_STATUSES, REPORT_STATUSES, USER_ROLES, ZONE_KINDS };
export type { CaseClassification, ReportStatus, UserRole, ZoneKind } from '../enums';

export const zoneKind = pgEnum('zone_kind', ZONE_KINDS);
export const caseClassification = pgEnum('case_classification', CASE_CLASSIFICATIONS);
export const caseStatus = pgEnum('case_status', CASE_STATUSES);
export const userRole = pgEnum('user_role', USER_ROLES);
export const reportStatus = pgEnum('report_status', REPORT_STATUSES);

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => instant('created_at').notNull().defaultNow();
const updatedAt = () => instant('updated_at').notNull().defaultNow();

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: userRole('role').notNull(),
  isDisabled: boolean('is_disabled').notNull().default(false),
  /** A demo account with a documented password: refused at sign-in unless the app runs in demo mode. */
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: createdAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not leak live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: instant('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const communities = pgTable(
  'communities',
  {
    id: serial('id').primaryKey(),
    /** Natural key (e.g. an administrative code): imports are idempotent by it. */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    district: text('district').notNull(),
    population: integer('population'),
    boundary: multiPolygonColumn('boundary').notNull(),
    /** The version of the community's service-number list (saved as a whole): a stale list save is a 409. */
    contactsVersion: integer('contacts_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('communities_boundary_gix').using('gist', t.boundary),
    check('communities_population_check', sql`${t.population} IS NULL OR ${t.population} >= 0`),
    check('communities_boundary_valid', sql`ST_IsValid(${t.boundary}) AND NOT ST_IsEmpty(${t.boundary})`),
    check('communities_name_check', sql`length(trim(${t.name})) > 0`),
  ],
);

export const gridCells = pgTable(
  'grid_cells',
  {
    id: serial('id').primaryKey(),
    communityId: integer('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    worker: text('worker'),
    workerPhone: text('worker_phone'),
    geom: multiPolygonColumn('geom').notNull(),
    /** Optimistic concurrency: a save names the version it read (409 when it is stale). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('grid_cells_community_name_key').on(t.communityId, t.name),
    index('grid_cells_geom_gix').using('gist', t.geom),
    check('grid_cells_geom_valid', sql`ST_IsValid(${t.geom}) AND NOT ST_IsEmpty(${t.geom})`),
  ],
);

export const zones = pgTable(
  'zones',
  {
    id: serial('id').primaryKey(),
    kind: zoneKind('kind').notNull(),
    name: text('name').notNull(),
    geom: multiPolygonColumn('geom').notNull(),
    effectiveFrom: instant('effective_from').notNull(),
    plannedLift: instant('planned_lift'),
    liftedAt: instant('lifted_at'),
    /** When the zone took its current kind (a lifecycle step resets it); null means since effective_from. */
    kindSince: instant('kind_since'),
    note: text('note'),
    /** Optimistic concurrency: an update must name the version it read. */
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('zones_name_effective_from_key').on(t.name, t.effectiveFrom),
    index('zones_geom_gix').using('gist', t.geom),
    index('zones_in_force_idx').on(t.effectiveFrom, t.liftedAt),
    check('zones_geom_valid', sql`ST_IsValid(${t.geom}) AND NOT ST_IsEmpty(${t.geom})`),
    check('zones_planned_lift_check', sql`${t.plannedLift} IS NULL OR ${t.plannedLift} > ${t.effectiveFrom}`),
    check('zones_lifted_at_check', sql`${t.liftedAt} IS NULL OR ${t.liftedAt} >= ${t.effectiveFrom}`),
    check('zones_name_check', sql`length(trim(${t.name})) > 0`),
  ],
);

export const cases = pgTable(
  'cases',
  {
    id: serial('id').primaryKey(),
    /** Public code such as "C-012": the only identity the public ever sees. */
    code: text('code').notNull().unique(),
    classification: caseClassification('classification').notNull().default('confirmed'),
    reportedAt: instant('reported_at').notNull(),
    /**
     * The community the case lives in or was reported by: staff-only (never public). It resets that
     * community's no-epidemic clock even when the published track never enters it.
     */
    communityId: integer('community_id').references(() => communities.id, { onDelete: 'set null' }),
    status: caseStatus('status').notNull().default('draft'),
    publishedAt: instant('published_at'),
    /** Optimistic concurrency: a save names the version it read (409 when it is stale). */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('cases_status_reported_idx').on(t.status, t.reportedAt),
    check('cases_code_check', sql`${t.code} ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'`),
    check('cases_published_check', sql`(${t.status} = 'published') = (${t.publishedAt} IS NOT NULL)`),
  ],
);

export const caseVisits = pgTable(
  'case_visits',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** Order within the track. */
    seq: integer('seq').notNull(),
    place: text('place'),
    /** Point: a stay from starts_at to ends_at. LineString: a movement with one time per vertex. */
    geom: visitGeometryColumn('geom').notNull(),
    coordTimes: instant('coord_times').array(),
    /** The source had dates only; the times of day were generated (demo data), and the UI says so. */
    isTimeGenerated: boolean('is_time_generated').notNull().default(false),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    /** Generated so the overlap prefilter can use a GiST index on time as well as on space. */
    during: tstzrange('during')
      .notNull()
      .generatedAlwaysAs(sql`tstzrange(starts_at, ends_at, '[]')`),
  },
  (t) => [
    unique('case_visits_case_seq_key').on(t.caseId, t.seq),
    index('case_visits_geom_gix').using('gist', t.geom),
    index('case_visits_during_gix').using('gist', t.during),
    check('case_visits_time_order', sql`${t.endsAt} >= ${t.startsAt}`),
    check('case_visits_geom_kind', sql`GeometryType(${t.geom}) IN ('POINT', 'LINESTRING') AND ST_IsValid(${t.geom})`),
    check(
      'case_visits_coord_times',
      sql`(GeometryType(${t.geom}) = 'POINT' AND ${t.coordTimes} IS NULL) OR (GeometryType(${t.geom}) = 'LINESTRING' AND cardinality(${t.coordTimes}) = ST_NPoints(${t.geom}))`,
    ),
  ],
);

/**
 * A nucleic-acid testing round in a community, or in one of its grid cells. Positives drive the
 * no-epidemic status; people tested against the population gives the coverage on the card.
 */
export const testingRounds = pgTable(
  'testing_rounds',
  {
    id: serial('id').primaryKey(),
    communityId: integer('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    /** Null: the round covered the whole community. */
    gridCellId: integer('grid_cell_id').references(() => gridCells.id, { onDelete: 'cascade' }),
    roundNumber: integer('round_number').notNull(),
    /** The local calendar day the samples were taken (GRIDWATCH_TZ). */
    testedOn: date('tested_on', { mode: 'string' }).notNull(),
    peopleTested: integer('people_tested').notNull(),
    positives: integer('positives').notNull().default(0),
    note: text('note'),
    /** Optimistic concurrency: a save names the version it read (409 when it is stale). */
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('testing_rounds_place_round_key').on(t.communityId, t.gridCellId, t.roundNumber).nullsNotDistinct(),
    index('testing_rounds_tested_on_idx').on(t.testedOn),
    index('testing_rounds_community_idx').on(t.communityId, t.testedOn),
    check('testing_rounds_round_number_check', sql`${t.roundNumber} BETWEEN 1 AND 10000`),
    check('testing_rounds_people_check', sql`${t.peopleTested} >= 0`),
    check('testing_rounds_positives_check', sql`${t.positives} >= 0 AND ${t.positives} <= ${t.peopleTested}`),
  ],
);

/** A service-team phone number a community publishes ("who do I call"): public, entered by staff. */
export const communityContacts = pgTable(
  'community_contacts',
  {
    id: serial('id').primaryKey(),
    communityId: integer('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    /** What the number is for, e.g. "Medical help 就医", "Supplies 物资". */
    label: text('label').notNull(),
    phone: text('phone').notNull(),
    /** Order on the card: lowest first. */
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('community_contacts_community_idx').on(t.communityId, t.position),
    check('community_contacts_label_check', sql`length(trim(${t.label})) between 1 and 80`),
    check('community_contacts_phone_check', sql`${t.phone} ~ '^[+0-9][0-9 ()-]{2,24}$'`),
  ],
);

/** A district's target for no-epidemic communities: "100 by 2 September". */
export const districtTargets = pgTable(
  'district_targets',
  {
    id: serial('id').primaryKey(),
    district: text('district').notNull(),
    targetCount: integer('target_count').notNull(),
    /** The local calendar day the target is due. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** Optimistic concurrency: a save names the version it read (409 when it is stale). */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('district_targets_district_due_key').on(t.district, t.dueOn),
    check('district_targets_count_check', sql`${t.targetCount} >= 0`),
    check('district_targets_district_check', sql`length(trim(${t.district})) > 0`),
  ],
);

/**
 * A resident's consented report to their community after a self-check found an overlap. Personal data:
 * deleted by the retention job at `expires_at`, and never served to the public.
 */
export const residentReports = pgTable(
  'resident_reports',
  {
    id: serial('id').primaryKey(),
    communityId: integer('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    /** The overlaps the resident's check found, as the check API reported them. */
    overlaps: jsonb('overlaps').notNull(),
    /** Only when the resident chose to send it: their trajectory as GeoJSON. */
    trajectory: jsonb('trajectory'),
    consentedAt: instant('consented_at').notNull(),
    status: reportStatus('status').notNull().default('new'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [
    index('resident_reports_expires_idx').on(t.expiresAt),
    index('resident_reports_status_idx').on(t.status, t.createdAt),
    check('resident_reports_expiry_check', sql`${t.expiresAt} > ${t.createdAt}`),
    check('resident_reports_name_check', sql`length(trim(${t.name})) between 1 and 100`),
    check('resident_reports_phone_check', sql`${t.phone} ~ '^[+0-9][0-9 ()-]{5,24}$'`),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: instant('at').notNull().defaultNow(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** Who acted when there is no user: 'import', 'demo-seed', 'system'. */
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_log_object_idx').on(t.objectType, t.objectId, t.at)],
);

/**
 * Named places staff import to place the words of case notices (`npm run import -- places FILE`): one
 * gazetteer per `source`, replaced whole by a new import of the same source. Public knowledge, not personal data.
 */
export const gazetteerPlaces = pgTable(
  'gazetteer_places',
  {
    id: serial('id').primaryKey(),
    source: text('source').notNull(),
    name: text('name').notNull(),
    /** The city or district the place belongs to ("深圳市"), when the file says. */
    region: text('region'),
    point: pointColumn('point').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('gazetteer_places_point_gix').using('gist', t.point),
    index('gazetteer_places_source_idx').on(t.source),
    check('gazetteer_places_name_check', sql`length(trim(${t.name})) > 0 AND length(${t.name}) <= 200`),
    check('gazetteer_places_point_valid', sql`ST_IsValid(${t.point}) AND NOT ST_IsEmpty(${t.point})`),
  ],
);

/**
 * Token buckets of the rate limits, one row per limit and client (`check:203.0.113.7`), shared by every app
 * instance; taken by one atomic UPSERT (lib/db/queries/throttles.ts). `is_last_allowed` and `last_granted`
 * are what the last take decided (a take may lease several tokens at once), so RETURNING can tell the caller.
 */
export const rateLimitBuckets = pgTable(
  'rate_limit_buckets',
  {
    key: text('key').primaryKey(),
    tokens: doublePrecision('tokens').notNull(),
    refilledAt: instant('refilled_at').notNull(),
    isLastAllowed: boolean('is_last_allowed').notNull(),
    lastGranted: integer('last_granted').notNull().default(0),
  },
  (t) => [index('rate_limit_buckets_refilled_idx').on(t.refilledAt)],
);

/**
 * Sign-in throttles (lib/auth/lockout.ts), keyed by the username as typed (known or not, so the answers
 * cannot tell them apart) and the client address, or `*` for the account-wide backoff. `attempts` counts
 * attempts admitted since the last success; `blocked_until` is when the next may be admitted.
 */
export const signInThrottles = pgTable(
  'sign_in_throttles',
  {
    username: text('username').notNull(),
    client: text('client').notNull(),
    attempts: integer('attempts').notNull(),
    blockedUntil: instant('blocked_until').notNull(),
    isLastAdmitted: boolean('is_last_admitted').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.username, t.client] }), index('sign_in_throttles_updated_idx').on(t.updatedAt)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Community = typeof communities.$inferSelect;
export type NewCommunity = typeof communities.$inferInsert;
export type GridCell = typeof gridCells.$inferSelect;
export type NewGridCell = typeof gridCells.$inferInsert;
export type Zone = typeof zones.$inferSelect;
export type NewZone = typeof zones.$inferInsert;
export type Case = typeof cases.$inferSelect;
export type NewCase = typeof cases.$inferInsert;
export type CaseVisit = typeof caseVisits.$inferSelect;
export type NewCaseVisit = typeof caseVisits.$inferInsert;
export type AuditEntry = typeof auditLog.$inferSelect;
export type ResidentReport = typeof residentReports.$inferSelect;
export type NewResidentReport = typeof residentReports.$inferInsert;
export type TestingRound = typeof testingRounds.$inferSelect;
export type NewTestingRound = typeof testingRounds.$inferInsert;
export type CommunityContact = typeof communityContacts.$inferSelect;
export type DistrictTarget = typeof districtTargets.$inferSelect;

