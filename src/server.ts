import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase, openPostgres, type Database } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { StartupError } from './errors.ts';
import type { Logger } from './logger.ts';
import { generateDemo } from './seed/generate-demo.ts';
import { hasProgramme, loadDemo } from './seed/load-demo.ts';

/** Opens the database, migrates it, loads the demo on first start, then listens. */
export async function startServer(config: Config, logger: Logger): Promise<{ server: ServerType; database: Database }> {
  const database = await openDatabase(config);
  await migrateDatabase(database);
  if (config.seedDemo && !(await hasProgramme(database.db))) {
    const started = performance.now();
    await loadDemo(database.db, generateDemo(), { demoPassword: config.demoPassword });
    logger.info({ ms: Math.round(performance.now() - started) }, 'demo programme loaded (voorbeelddata)');
  }
  const replica = config.databaseReadUrl ? await openPostgres(config.databaseReadUrl) : undefined;
  const app = createApp({ config, db: database.db, readDb: replica?.db, logger });
  const closeAll = async () => {
    await replica?.close();
    await database.close();
  };
  const server = await listen(app.fetch, config).catch(async (error: unknown) => {
    await closeAll();
    throw error;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ port, database: database.description, replica: replica?.description }, `PPS Monitor listens on http://localhost:${port} using ${database.description}`);
  return { server, database: { ...database, close: closeAll } };
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], config: Config): Promise<ServerType> {
  return new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new StartupError(`Port ${config.port} is already in use: stop the other process or start with PORT=${config.port + 1}`));
      } else if (error.code === 'EACCES') {
        reject(new StartupError(`No permission to listen on port ${config.port}: choose a port above 1024 with PORT=...`));
      } else reject(error);
    });
  });
}
