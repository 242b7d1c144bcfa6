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
      checkRate: { burst: 60, perMinute: 60 },
      reportRate: { burst: 5, perMinute: 0.2 },
      lifecycleRule: [
        { from: 'sealed', to: 'controlled', days: 7 },
        { from: 'controlled', to: 'precaution', days: 3 },
      ],
      noEpidemicDays: 14,
      noEpidemicTarget: undefined,
      clockFile: undefined,
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

  it('treats an empty DATABASE_URL as unset', () => {
    expect(parseSettings({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('names the setting that is wrong', () => {
    expect(() => parseSettings({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => parseSettings({ GRIDWATCH_TZ: 'Mars/Olympus' })).toThrow(/GRIDWATCH_TZ/);
    expect(() => parseSettings({ GRIDWATCH_DEMO: 'yes' })).toThrow(/GRIDWATCH_DEMO/);
    expect(() => parseSettings({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => parseSettings({ GRIDWATCH_REPORT_RETENTION_DAYS: '0' })).toThrow(/GRIDWATCH_REPORT_RETENTION_DAYS/);
  });
});
