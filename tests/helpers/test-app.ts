import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import type { Db } from '../../src/db/client.ts';

/** The real app over a test database, silent logs; requests go through app.request. Extra env (e.g. OIDC_ISSUER) is optional. */
export function createTestApp(db: Db, env: Record<string, string> = {}) {
  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', ...env });
  return createApp({ config, db, logger: createLogger(config) });
}
