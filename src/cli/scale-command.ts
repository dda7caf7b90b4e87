import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { StartupError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { DEMO_SEED } from '../seed/generate-demo.ts';
import { loadScale } from '../seed/scale/load-scale.ts';

const Args = z.object({
  factor: z.coerce.number().positive('must be a positive number such as 0.1, 1, 10 or 100').max(1000, 'must be at most 1000'),
  seed: z.coerce.number().int('must be a whole number').default(DEMO_SEED),
});

function flags(args: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const name = args[i]?.replace(/^--/, '');
    if (name && args[i]?.startsWith('--')) out[name] = args[++i] ?? '';
  }
  return out;
}

/** `scale --factor N [--seed S]`: a programme N times the demo in an empty database, for load tests and benchmarks. */
export async function runScaleCommand(args: string[], database: Database, logger: Logger, demoPassword: string): Promise<void> {
  const parsed = Args.safeParse(flags(args));
  if (!parsed.success) throw new StartupError(`scale: ${parsed.error.issues.map((i) => `--${String(i.path[0])} ${i.message}`).join('; ')}`);
  const started = performance.now();
  try {
    const summary = await loadScale(database, {
      ...parsed.data, demoPassword,
      onProgress: (done, total) => logger.info({ done, total }, 'scale: copy loaded'),
    });
    logger.info({ database: database.description, ...parsed.data, seconds: Math.round((performance.now() - started) / 100) / 10, rows: summary }, 'scale data loaded');
  } catch (error) {
    if ((error as Error).message.startsWith('The database holds a programme')) throw new StartupError((error as Error).message);
    throw error;
  }
}
