import { z } from 'zod';
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
  GRIDWATCH_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  GRIDWATCH_CHECK_BURST: z.coerce.number().min(1).max(100_000).default(60),
  GRIDWATCH_CHECK_PER_MINUTE: z.coerce.number().positive().max(100_000).default(60),
  GRIDWATCH_REPORT_BURST: z.coerce.number().min(1).max(100_000).default(5),
  GRIDWATCH_REPORT_PER_MINUTE: z.coerce.number().positive().max(100_000).default(0.2),
  GRIDWATCH_CLOCK_FILE: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
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
  /** Sign-in attempts per client address per minute (after a burst of the same size). */
  signInPerMinute: number;
  /** Resident checks per client address: a burst, then this many per minute. */
  checkRate: { burst: number; perMinute: number };
  /** Residents' reports per client address: a burst, then this many per minute. */
  reportRate: { burst: number; perMinute: number };
  /** Zone lifecycle steps (default: Shanghai 2022, sealed → controlled after 7 days, → precaution after 3 more). */
  lifecycleRule: LifecycleRule;
  /** A community with no case and no zone for this many days counts as "no-epidemic" (无疫小区). */
  noEpidemicDays: number;
  /** The district's target number of no-epidemic communities, when it has one. */
  noEpidemicTarget: number | undefined;
  /**
   * Tests only: a file whose content (an ISO instant) is the app's "now" (`lib/clock.ts`). Unset in
   * production, where the clock is the system's.
   */
  clockFile: string | undefined;
  /** The address residents reach the site at, for links pasted into group chats; unset: the request's own. */
  publicOrigin: string | undefined;
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
    checkRate: { burst: env.GRIDWATCH_CHECK_BURST, perMinute: env.GRIDWATCH_CHECK_PER_MINUTE },
    reportRate: { burst: env.GRIDWATCH_REPORT_BURST, perMinute: env.GRIDWATCH_REPORT_PER_MINUTE },
    lifecycleRule: parseLifecycleRule(env.GRIDWATCH_LIFECYCLE),
    noEpidemicDays: env.GRIDWATCH_NO_EPIDEMIC_DAYS,
    noEpidemicTarget: env.GRIDWATCH_NO_EPIDEMIC_TARGET,
    clockFile: env.GRIDWATCH_CLOCK_FILE,
    publicOrigin: env.GRIDWATCH_PUBLIC_URL?.replace(/\/$/, ''),
  };
}

/** The settings of this process, read once. */
export const settings: Settings = parseSettings(process.env);
