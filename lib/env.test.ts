import { describe, expect, it } from 'vitest';
import { parseSettings } from './env';

describe('parseSettings', () => {
  it('defaults to the embedded database with demo data and Asia/Shanghai', () => {
    expect(parseSettings({})).toEqual({
      port: 3000,
      databaseUrl: undefined,
      dataDir: '.data',
      isDemo: true,
      timeZone: 'Asia/Shanghai',
      mapStyle: undefined,
      reportRetentionDays: 14,
      isSecureCookie: false,
      signInPerMinute: 10,
      publicStatusDelayHours: 0,
      databaseTimeouts: { statementMs: 30_000, lockMs: 5_000 },
      checkRate: { burst: 60, perMinute: 60 },
      reportRate: { burst: 5, perMinute: 0.2 },
      trustedProxies: [],
      databaseReadUrl: undefined,
      lifecycleRule: [
        { from: 'sealed', to: 'controlled', days: 7 },
        { from: 'controlled', to: 'precaution', days: 3 },
      ],
      noEpidemicDays: 14,
      noEpidemicTarget: undefined,
      zoneUndoMinutes: 10,
      clockFile: undefined,
      caseDaysDir: '.data/case-days',
      checkWorkers: 0,
    });
  });

  it('turns demo data off by default for a database server, and on when asked', () => {
    expect(parseSettings({ DATABASE_URL: 'postgres://u@h/db' }).isDemo).toBe(false);
    expect(parseSettings({ DATABASE_URL: 'postgres://u@h/db', GRIDWATCH_DEMO: 'on' }).isDemo).toBe(true);
  });

  it('marks session cookies Secure in production builds only', () => {
    expect(parseSettings({ NODE_ENV: 'production' }).isSecureCookie).toBe(true);
    expect(parseSettings({ NODE_ENV: 'development' }).isSecureCookie).toBe(false);
  });

  it('reads trusted proxies as addresses and CIDR ranges, and refuses anything else', () => {
    expect(parseSettings({ GRIDWATCH_TRUSTED_PROXIES: ' 127.0.0.1/32, 10.0.0.0/8 ::1,fd00::/8 ' }).trustedProxies).toEqual(['127.0.0.1/32', '10.0.0.0/8', '::1', 'fd00::/8']);
    expect(() => parseSettings({ GRIDWATCH_TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/GRIDWATCH_TRUSTED_PROXIES/);
    expect(() => parseSettings({ GRIDWATCH_TRUSTED_PROXIES: 'proxy.example.org' })).toThrow(/GRIDWATCH_TRUSTED_PROXIES/);
  });

  it('uses DATABASE_READ_URL only beside a DATABASE_URL', () => {
    expect(parseSettings({ DATABASE_URL: 'postgres://u@h/db', DATABASE_READ_URL: 'postgres://u@standby/db' }).databaseReadUrl).toBe('postgres://u@standby/db');
    expect(parseSettings({ DATABASE_READ_URL: 'postgres://u@standby/db' }).databaseReadUrl).toBeUndefined();
    expect(() => parseSettings({ DATABASE_URL: 'postgres://u@h/db', DATABASE_READ_URL: 'mysql://x' })).toThrow(/DATABASE_READ_URL/);
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(parseSettings({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('reads the zone undo window in whole minutes, 10 by default, 1 to 1440', () => {
    expect(parseSettings({}).zoneUndoMinutes).toBe(10);
    expect(parseSettings({ GRIDWATCH_ZONE_UNDO_MINUTES: '30' }).zoneUndoMinutes).toBe(30);
    expect(() => parseSettings({ GRIDWATCH_ZONE_UNDO_MINUTES: '0' })).toThrow(/GRIDWATCH_ZONE_UNDO_MINUTES/);
    expect(() => parseSettings({ GRIDWATCH_ZONE_UNDO_MINUTES: '2.5' })).toThrow(/GRIDWATCH_ZONE_UNDO_MINUTES/);
  });

  it('names the setting that is wrong', () => {
    expect(() => parseSettings({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => parseSettings({ GRIDWATCH_TZ: 'Mars/Olympus' })).toThrow(/GRIDWATCH_TZ/);
    expect(() => parseSettings({ GRIDWATCH_DEMO: 'yes' })).toThrow(/GRIDWATCH_DEMO/);
    expect(() => parseSettings({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => parseSettings({ GRIDWATCH_REPORT_RETENTION_DAYS: '0' })).toThrow(/GRIDWATCH_REPORT_RETENTION_DAYS/);
  });
});
