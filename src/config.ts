import { z } from 'zod';

// The only module that reads the environment: everything else gets a Config passed in.
const DatabaseUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/[^/]+/.test(v), {
    message: 'must be a PostgreSQL URL such as postgres://user@127.0.0.1:5432/pps',
  });

/** TEST ONLY: points inside a transaction where fault tests may pause the process (see services/test-pause.ts). */
export const TEST_PAUSE_POINTS = ['import-commit', 'report-approval'] as const;

export const Config = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  dataDir: z.string().min(1),
  databaseUrl: DatabaseUrl.optional(),
  /** A read replica for the public pages and API; writes, sessions and the portal stay on DATABASE_URL. */
  databaseReadUrl: DatabaseUrl.optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  publicBaseUrl: z.url().optional(),
  seedDemo: z.boolean(),
  /** Password of the demo accounts, set at seed time; only when the demo data is loaded. */
  demoPassword: z.string().min(12, 'must be at least 12 characters').optional(),
  /** Take the client address from X-Forwarded-For (only behind a proxy you trust). */
  trustProxy: z.boolean(),
  /** SMTP server for outgoing mail, e.g. smtps://user:pass@mail.example.nl:465; without it mail goes to the outbox table. */
  smtpUrl: z.url().refine((v) => /^smtps?:\/\//.test(v), { message: 'must start with smtp:// or smtps://' }).optional(),
  mailFrom: z.string().min(3),
  /** OpenID Connect login (SURFconext, Entree): all of issuer, client id and secret, or none. */
  oidc: z.object({ issuer: z.url(), clientId: z.string().min(1), clientSecret: z.string().min(1), label: z.string().min(1) }).optional(),
  /** How long heavy public answers (downloads, dashboard, map) may be reused while no change is audited; 0 turns the cache off. */
  responseCacheSeconds: z.coerce.number().int().min(0).max(86_400),
  /** Key that signs the form token before login; shared by all instances behind one address (else one per process). */
  csrfSecret: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Hour of the day (UTC) at which `serve` sends the report reminders; absent: no timer (tests, or cron runs `remind`). */
  reminderHour: z.number().int().min(0).max(23).optional(),
  /** TEST ONLY (fault tests): pause this long inside the named transaction; never set in a deployment. */
  testPause: z.object({ point: z.enum(TEST_PAUSE_POINTS), ms: z.coerce.number().int().min(0).max(60_000) }).optional(),
});
export type Config = z.infer<typeof Config>;

const Env = z.object({
  PORT: z.string().regex(/^\d+$/, 'must be a whole number between 0 and 65535').default('3000'),
  // Only this machine unless asked: a container or server sets HOST=0.0.0.0 on purpose.
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: z.string().optional(),
  DATABASE_READ_URL: z.string().optional(),
  LOG_LEVEL: z.string().default('info'),
  PUBLIC_BASE_URL: z.string().optional(),
  SEED_DEMO: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
  NODE_ENV: z.string().optional(),
  DEMO_PASSWORD: z.string().optional(),
  TRUST_PROXY: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('PPS Monitor <noreply@localhost>'),
  OIDC_ISSUER: z.string().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_LABEL: z.string().default('SURFconext'),
  CSRF_SECRET: z.string().optional(),
  PPS_TEST_PAUSE_IN: z.string().optional(),
  PPS_TEST_PAUSE_MS: z.string().default('5000'),
  RESPONSE_CACHE_SECONDS: z.string().regex(/^\d+$/, 'must be a whole number of seconds (0 turns the cache off)').default('300'),
  REMINDER_HOUR: z.string().regex(/^(\d{1,2}|off)$/, 'must be an hour from 0 to 23, or off').default('6'),
});

export const DEFAULT_DEMO_PASSWORD = 'demo-wachtwoord-2026';

const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());

function oidcOf(e: z.infer<typeof Env>) {
  const [issuer, clientId, clientSecret] = [blank(e.OIDC_ISSUER), blank(e.OIDC_CLIENT_ID), blank(e.OIDC_CLIENT_SECRET)];
  if (!issuer && !clientId && !clientSecret) return undefined;
  return { issuer: issuer ?? '', clientId: clientId ?? '', clientSecret: clientSecret ?? '', label: e.OIDC_LABEL };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const ENV_NAMES: Record<string, string> = {
  port: 'PORT', host: 'HOST', dataDir: 'DATA_DIR', databaseUrl: 'DATABASE_URL', databaseReadUrl: 'DATABASE_READ_URL',
  logLevel: 'LOG_LEVEL', publicBaseUrl: 'PUBLIC_BASE_URL', seedDemo: 'SEED_DEMO', demoPassword: 'DEMO_PASSWORD',
  trustProxy: 'TRUST_PROXY', smtpUrl: 'SMTP_URL', mailFrom: 'MAIL_FROM', oidc: 'OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET',
  responseCacheSeconds: 'RESPONSE_CACHE_SECONDS', csrfSecret: 'CSRF_SECRET', reminderHour: 'REMINDER_HOUR', testPause: 'PPS_TEST_PAUSE_IN, PPS_TEST_PAUSE_MS',
};

function problemsOf(error: z.ZodError, names: (key: string) => string): string[] {
  return error.issues.map((i) => `${names(String(i.path[0] ?? ''))}: ${i.message}`);
}

/** Parses the environment once; throws a ConfigError that lists every problem at once. */
export function loadConfig(env: Record<string, string | undefined>, { demo = false } = {}): Config {
  const raw = Env.safeParse(env);
  if (!raw.success) throw new ConfigError(problemsOf(raw.error, (k) => k));
  const e = raw.data;
  // Mail links and cookies take their host from here alone, never from a request's Host header.
  if (e.NODE_ENV === 'production' && !blank(e.PUBLIC_BASE_URL)) {
    throw new ConfigError(['PUBLIC_BASE_URL: is required in production (NODE_ENV=production), e.g. https://monitor.example.nl']);
  }
  // The demo data (with its published password) only when asked: SEED_DEMO=true, or `serve --demo` as in npm start.
  const seedDemo = (e.SEED_DEMO ?? (demo ? 'true' : 'false')) === 'true';
  const parsed = Config.safeParse({
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL === '' ? undefined : e.DATABASE_URL,
    databaseReadUrl: blank(e.DATABASE_READ_URL),
    logLevel: e.LOG_LEVEL,
    publicBaseUrl: e.PUBLIC_BASE_URL === '' ? undefined : e.PUBLIC_BASE_URL,
    seedDemo,
    demoPassword: seedDemo ? (blank(e.DEMO_PASSWORD) ?? DEFAULT_DEMO_PASSWORD) : undefined,
    trustProxy: e.TRUST_PROXY === 'true',
    smtpUrl: blank(e.SMTP_URL),
    mailFrom: e.MAIL_FROM,
    oidc: oidcOf(e),
    responseCacheSeconds: e.RESPONSE_CACHE_SECONDS,
    csrfSecret: blank(e.CSRF_SECRET),
    reminderHour: e.REMINDER_HOUR === 'off' ? undefined : Number(e.REMINDER_HOUR),
    testPause: blank(e.PPS_TEST_PAUSE_IN) ? { point: blank(e.PPS_TEST_PAUSE_IN), ms: e.PPS_TEST_PAUSE_MS } : undefined,
  });
  if (!parsed.success) throw new ConfigError(problemsOf(parsed.error, (k) => ENV_NAMES[k] ?? k));
  if (parsed.data.databaseReadUrl && !parsed.data.databaseUrl) {
    throw new ConfigError(['DATABASE_READ_URL: a read replica needs its primary in DATABASE_URL as well']);
  }
  return parsed.data;
}
