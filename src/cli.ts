import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { StartupError } from './errors.ts';
import { createLogger } from './logger.ts';
import { generateDemo } from './seed/generate-demo.ts';
import { hasProgramme, loadDemo } from './seed/load-demo.ts';
import { startServer } from './server.ts';
import { armTestPause } from './services/test-pause.ts';
import { runBackupCommand } from './cli/backup-command.ts';
import { runImportCommand } from './cli/import-command.ts';
import { runEraseRegistrationsCommand } from './cli/erase-registrations-command.ts';
import { runScaleCommand } from './cli/scale-command.ts';
import { runRemindCommand, startReminderTimer } from './cli/remind-command.ts';
import { DEFAULT_DEMO_PASSWORD } from './config.ts';

const USAGE = `Usage: pps-monitor <command>

Commands:
  serve [--demo]  migrate and serve the web app (default); --demo (or SEED_DEMO=true) loads the demo programme on first start
  migrate   apply the committed database migrations
  seed      load the demo programme into an empty database (refuses when a programme exists)
  backup <file>   write the whole database (audit log and non-public data included) to one JSON file
  restore <file>  restore such a file into an empty database (one transaction: all or nothing)
  scale --factor N [--seed S]  fill an empty database with the demo programme N times over (×100: 1.500 consortia), for load tests
  import organisaties|indicatorwaarden <file.csv|.xlsx> [--dry-run]  preview, then import all rows or none
  erase-registrations  erase personal data of event registrations past the retention rule (run daily)
  remind    queue (and send) the report reminders due today; serve does this daily at REMINDER_HOUR

Environment: PORT, HOST, DATA_DIR, DATABASE_URL, DATABASE_READ_URL, LOG_LEVEL, SEED_DEMO, DEMO_PASSWORD, PUBLIC_BASE_URL,
TRUST_PROXY, SMTP_URL, MAIL_FROM, REMINDER_HOUR, OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_LABEL (see .env.example)`;

async function main(argv: string[]): Promise<void> {
  const command = argv[0] ?? 'serve';
  if (command === 'help' || command === '--help') return void console.log(USAGE);
  const config = loadConfig(process.env, { demo: argv.includes('--demo') });
  const logger = createLogger(config);
  if (command === 'serve') {
    const { server, database } = await startServer(config, logger);
    const stopReminders = startReminderTimer(database.db, { config, logger });
    if (config.testPause) {
      logger.warn({ testPause: config.testPause }, 'TEST ONLY: pause armed inside a transaction (PPS_TEST_PAUSE_IN)');
      armTestPause({ ...config.testPause, onPause: (point) => logger.warn({ point }, 'test pause reached') });
    }
    // Stop taking new connections, let the requests in flight finish, then close the database; 20 s at most.
    const stop = (signal: string) => {
      logger.info({ signal }, 'stopping: finishing the requests in flight');
      stopReminders();
      setTimeout(() => process.exit(1), 20_000).unref();
      server.close(() => void database.close().then(() => process.exit(0)));
      // A connection whose response ends after the signal stays open for the keep-alive timeout (5 s) unless
      // closed once idle: close idle connections now and as the requests in flight finish.
      const closeIdle = () => (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      closeIdle();
      setInterval(closeIdle, 100).unref();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    return;
  }
  const database = await openDatabase(config);
  try {
    await migrateDatabase(database);
    if (command === 'migrate') {
      logger.info({ database: database.description }, 'migrations applied');
    } else if (command === 'seed') {
      if (await hasProgramme(database.db)) throw new StartupError('The database holds a programme already: seed only loads into an empty database (use a new DATA_DIR or database)');
      await loadDemo(database.db, generateDemo(), { demoPassword: config.demoPassword });
      logger.info({ database: database.description }, 'demo programme loaded (voorbeelddata)');
    } else if (command === 'scale') {
      await runScaleCommand(argv.slice(1), database, logger, config.demoPassword ?? DEFAULT_DEMO_PASSWORD);
    } else if (command === 'import') {
      await runImportCommand(argv.slice(1), database, logger);
    } else if (command === 'remind') {
      await runRemindCommand(database, { config, logger });
    } else if (command === 'erase-registrations') {
      await runEraseRegistrationsCommand(database, logger);
    } else if (command === 'backup' || command === 'restore') {
      await runBackupCommand(command, argv[1], database, logger);
    } else {
      throw new StartupError(`Unknown command "${command}": run "npm run cli -- help" for the list`);
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // One line that says what to do; the stack only for the unexpected.
  if (error instanceof StartupError || error instanceof ConfigError) console.error(`pps-monitor: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
