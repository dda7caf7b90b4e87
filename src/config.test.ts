import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has defaults that run the app on the embedded database', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: './data', databaseUrl: undefined, seedDemo: false });
    // npm start runs `serve --demo`, so the README's first command still shows the demo.
    expect(loadConfig({}, { demo: true }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }, { demo: true }).seedDemo).toBe(false);
  });

  it('lists every problem at once, by environment variable name', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toMatch(/PORT: must be a whole number/);
      expect((error as ConfigError).problems).toHaveLength(1);
    }
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', PUBLIC_BASE_URL: 'no url' });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/DATABASE_URL: must be a PostgreSQL URL/);
      expect(problems).toMatch(/LOG_LEVEL/);
      expect(problems).toMatch(/PUBLIC_BASE_URL/);
    }
  });

  it('refuses to start in production without PUBLIC_BASE_URL', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_BASE_URL: is required in production/);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://monitor.example.nl' }).publicBaseUrl).toBe('https://monitor.example.nl');
  });

  it('runs the reminder timer at 06:00 UTC unless told another hour or off', () => {
    expect(loadConfig({}).reminderHour).toBe(6);
    expect(loadConfig({ REMINDER_HOUR: '22' }).reminderHour).toBe(22);
    expect(loadConfig({ REMINDER_HOUR: 'off' }).reminderHour).toBeUndefined();
    expect(() => loadConfig({ REMINDER_HOUR: '24' })).toThrow(/REMINDER_HOUR/);
  });

  it('accepts a PostgreSQL server URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }).databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/test');
  });
});

describe('loadConfig for login and mail', () => {
  it('sets the demo password only with the demo data', () => {
    expect(loadConfig({}).demoPassword).toBeUndefined();
    expect(loadConfig({ SEED_DEMO: 'true' }).demoPassword).toBe('demo-wachtwoord-2026');
    expect(loadConfig({ SEED_DEMO: 'true', DEMO_PASSWORD: 'een ander wachtwoord' }).demoPassword).toBe('een ander wachtwoord');
    expect(loadConfig({ SEED_DEMO: 'false' }).demoPassword).toBeUndefined();
  });

  it('needs all of the OIDC settings or none, and an smtp(s) URL for mail', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(loadConfig({ OIDC_ISSUER: 'https://connect.test.surfconext.nl', OIDC_CLIENT_ID: 'pps', OIDC_CLIENT_SECRET: 's' }).oidc?.label).toBe('SURFconext');
    expect(() => loadConfig({ OIDC_ISSUER: 'https://connect.test.surfconext.nl' })).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL: must start with smtp/);
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example:465' }).smtpUrl).toBe('smtps://u:p@mail.example:465');
  });
});

describe('DATABASE_READ_URL', () => {
  it('takes a replica beside the primary, and refuses one without a primary', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app@db:5432/pps', DATABASE_READ_URL: 'postgres://app@replica:5432/pps' });
    expect(config.databaseReadUrl).toBe('postgres://app@replica:5432/pps');
    expect(loadConfig({}).databaseReadUrl).toBeUndefined();
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://app@replica:5432/pps' })).toThrow(/DATABASE_READ_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://app@db:5432/pps', DATABASE_READ_URL: 'mysql://x' })).toThrow(/DATABASE_READ_URL/);
  });
});
