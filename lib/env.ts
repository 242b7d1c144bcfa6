import os from 'node:os';
import { z } from '@/lib/validation/zod';
import { parseLifecycleRule, type LifecycleRule } from './zones/lifecycle';

/** Whether an IANA time-zone name is known to this runtime's Intl. */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const onOff = z.enum(['on', 'off']);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), 'DATABASE_URL must start with postgres://'),
  GRIDWATCH_DATA_DIR: z.string().trim().min(1).default('.data'),
  GRIDWATCH_DEMO: onOff.optional(),
  GRIDWATCH_TZ: z.string().default('Asia/Shanghai').refine(isTimeZone, 'GRIDWATCH_TZ must be an IANA time zone such as Asia/Shanghai'),
  NEXT_PUBLIC_MAP_STYLE: z.string().trim().optional(),
  GRIDWATCH_REPORT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  NODE_ENV: z.string().optional(),
  GRIDWATCH_LIFECYCLE: z
    .string()
    .default('sealed>controlled:7,controlled>precaution:3')
    .refine((v) => {
      try {
        parseLifecycleRule(v);
        return true;
      } catch {
        return false;
      }
    }, 'GRIDWATCH_LIFECYCLE must look like sealed>controlled:7,controlled>precaution:3'),
  GRIDWATCH_NO_EPIDEMIC_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  GRIDWATCH_NO_EPIDEMIC_TARGET: z.coerce.number().int().min(0).optional(),
  GRIDWATCH_ZONE_UNDO_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  GRIDWATCH_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  GRIDWATCH_LOCK_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  GRIDWATCH_PUBLIC_STATUS_DELAY_HOURS: z.coerce.number().min(0).max(168).default(0),
  GRIDWATCH_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  GRIDWATCH_CHECK_BURST: z.coerce.number().min(1).max(100_000).default(60),
  GRIDWATCH_CHECK_PER_MINUTE: z.coerce.number().positive().max(100_000).default(60),
  GRIDWATCH_REPORT_BURST: z.coerce.number().min(1).max(100_000).default(5),
  GRIDWATCH_REPORT_PER_MINUTE: z.coerce.number().positive().max(100_000).default(0.2),
  GRIDWATCH_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .refine(
      (list) => list.every((entry) => [z.cidrv4(), z.cidrv6(), z.ipv4(), z.ipv6()].some((schema) => schema.safeParse(entry).success)),
      'GRIDWATCH_TRUSTED_PROXIES must be addresses or CIDR ranges separated by commas, e.g. 127.0.0.1/32,10.0.0.0/8',
    ),
  DATABASE_READ_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), 'DATABASE_READ_URL must start with postgres://'),
  GRIDWATCH_CLOCK_FILE: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
  GRIDWATCH_CASE_DAYS_DIR: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
  GRIDWATCH_CHECK_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  GRIDWATCH_PUBLIC_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^https?:\/\/[^/?#\s]+\/?$/.test(v), 'GRIDWATCH_PUBLIC_URL must be the site’s address, e.g. https://gridwatch.example.org'),
});

export type Settings = {
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Load the demo data into an empty database: on by default for the embedded database, off for a server. */
  isDemo: boolean;
  timeZone: string;
  mapStyle: string | undefined;
  /** Residents' reports (and any trajectory sent with them) are deleted this many days after they arrive. */
  reportRetentionDays: number;
  /** Session cookies carry `Secure` (sent over HTTPS only): on in production builds. */
  isSecureCookie: boolean;
  /**
   * Public community status takes a case into account from the local midnight after its report, plus
   * this many hours, so the public cannot time a status change to a case's report (issue 20).
   */
  publicStatusDelayHours: number;
  /**
   * The app's PostgreSQL sessions: a statement running longer, or waiting for a lock longer, is cancelled
   * (the request answers 503), so one stuck lock costs a request, not the connection pool. 0: no limit.
   */
  databaseTimeouts: { statementMs: number; lockMs: number };
  /** Sign-in attempts per client address per minute (after a burst of twice as many). */
  signInPerMinute: number;
  /** Resident checks per client address: a burst, then this many per minute. */
  checkRate: { burst: number; perMinute: number };
  /** Residents' reports per client address: a burst, then this many per minute. */
  reportRate: { burst: number; perMinute: number };
  /**
   * The reverse proxies whose X-Forwarded-For hops are believed (addresses or CIDR ranges); empty: the
   * header is ignored and the connection's peer address is the client (lib/api/client-key.ts).
   */
  trustedProxies: string[];
  /** A streaming standby for public reads (lib/db/read-db.ts); unset: every read goes to DATABASE_URL. */
  databaseReadUrl: string | undefined;
  /** Zone lifecycle steps (default: Shanghai 2022, sealed → controlled after 7 days, → precaution after 3 more). */
  lifecycleRule: LifecycleRule;
  /** A community with no case and no zone for this many days counts as "no-epidemic" (无疫小区). */
  noEpidemicDays: number;
  /** The district's target number of no-epidemic communities, when it has one. */
  noEpidemicTarget: number | undefined;
  /** How long a zone's lift or lifecycle step can be undone from the zones list (the undo is itself audited). */
  zoneUndoMinutes: number;
  /**
   * Tests only: a file whose content (an ISO instant) is the app's "now" (`lib/clock.ts`). Unset in
   * production, where the clock is the system's.
   */
  clockFile: string | undefined;
  /** The address residents reach the site at, for links pasted into group chats; unset: the request's own. */
  publicOrigin: string | undefined;
  /** Where the published case tracks' day files are written (a proxy may serve this folder directly). */
  caseDaysDir: string;
  /**
   * Worker threads running server checks; 0 runs them on the main thread. Default: one per core in
   * production, none otherwise (development and tests check in-process).
   */
  checkWorkers: number;
};

/** Parses settings from an environment (exported for tests; the app uses `settings`). */
export function parseSettings(source: Record<string, string | undefined>): Settings {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid settings: ${problems}`);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.GRIDWATCH_DATA_DIR,
    isDemo: (env.GRIDWATCH_DEMO ?? (env.DATABASE_URL ? 'off' : 'on')) === 'on',
    timeZone: env.GRIDWATCH_TZ,
    mapStyle: env.NEXT_PUBLIC_MAP_STYLE || undefined,
    reportRetentionDays: env.GRIDWATCH_REPORT_RETENTION_DAYS,
    isSecureCookie: env.NODE_ENV === 'production',
    signInPerMinute: env.GRIDWATCH_SIGN_IN_PER_MINUTE,
    publicStatusDelayHours: env.GRIDWATCH_PUBLIC_STATUS_DELAY_HOURS,
    databaseTimeouts: { statementMs: env.GRIDWATCH_STATEMENT_TIMEOUT_MS, lockMs: env.GRIDWATCH_LOCK_TIMEOUT_MS },
    checkRate: { burst: env.GRIDWATCH_CHECK_BURST, perMinute: env.GRIDWATCH_CHECK_PER_MINUTE },
    reportRate: { burst: env.GRIDWATCH_REPORT_BURST, perMinute: env.GRIDWATCH_REPORT_PER_MINUTE },
    trustedProxies: env.GRIDWATCH_TRUSTED_PROXIES,
    databaseReadUrl: env.DATABASE_URL ? env.DATABASE_READ_URL : undefined,
    lifecycleRule: parseLifecycleRule(env.GRIDWATCH_LIFECYCLE),
    noEpidemicDays: env.GRIDWATCH_NO_EPIDEMIC_DAYS,
    noEpidemicTarget: env.GRIDWATCH_NO_EPIDEMIC_TARGET,
    zoneUndoMinutes: env.GRIDWATCH_ZONE_UNDO_MINUTES,
    clockFile: env.GRIDWATCH_CLOCK_FILE,
    publicOrigin: env.GRIDWATCH_PUBLIC_URL?.replace(/\/$/, ''),
    caseDaysDir: env.GRIDWATCH_CASE_DAYS_DIR ?? `${env.GRIDWATCH_DATA_DIR.replace(/\/+$/, '')}/case-days`,
    checkWorkers: env.GRIDWATCH_CHECK_WORKERS ?? (env.NODE_ENV === 'production' ? os.availableParallelism() : 0),
  };
}

/** The settings of this process, read once. */
export const settings: Settings = parseSettings(process.env);
