import { z } from 'zod';

// The only module that reads the environment: everything else gets a Config passed in.
const DatabaseUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/[^/]+/.test(v), {
    message: 'must be a PostgreSQL URL such as postgres://user@127.0.0.1:5432/pps',
  });

export const Config = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  dataDir: z.string().min(1),
  databaseUrl: DatabaseUrl.optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  publicBaseUrl: z.url().optional(),
  seedDemo: z.boolean(),
});
export type Config = z.infer<typeof Config>;

const Env = z.object({
  PORT: z.string().regex(/^\d+$/, 'must be a whole number between 0 and 65535').default('3000'),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: z.string().optional(),
  LOG_LEVEL: z.string().default('info'),
  PUBLIC_BASE_URL: z.string().optional(),
  SEED_DEMO: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const ENV_NAMES: Record<string, string> = {
  port: 'PORT', host: 'HOST', dataDir: 'DATA_DIR', databaseUrl: 'DATABASE_URL',
  logLevel: 'LOG_LEVEL', publicBaseUrl: 'PUBLIC_BASE_URL', seedDemo: 'SEED_DEMO',
};

function problemsOf(error: z.ZodError, names: (key: string) => string): string[] {
  return error.issues.map((i) => `${names(String(i.path[0] ?? ''))}: ${i.message}`);
}

/** Parses the environment once; throws a ConfigError that lists every problem at once. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const raw = Env.safeParse(env);
  if (!raw.success) throw new ConfigError(problemsOf(raw.error, (k) => k));
  const e = raw.data;
  const parsed = Config.safeParse({
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL === '' ? undefined : e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    publicBaseUrl: e.PUBLIC_BASE_URL === '' ? undefined : e.PUBLIC_BASE_URL,
    seedDemo: e.SEED_DEMO === 'true',
  });
  if (!parsed.success) throw new ConfigError(problemsOf(parsed.error, (k) => ENV_NAMES[k] ?? k));
  return parsed.data;
}
