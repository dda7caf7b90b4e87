import { readFileSync, writeFileSync } from 'node:fs';
import type { Database } from '../db/client.ts';
import { AppError, StartupError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { createBackup } from '../services/backup/create-backup.ts';
import { restoreBackup } from '../services/backup/restore-backup.ts';

/** `backup <file>` and `restore <file>` for the programme office; errors are one line that says what to do. */
export async function runBackupCommand(command: 'backup' | 'restore', file: string | undefined, database: Database, logger: Logger): Promise<void> {
  if (!file) throw new StartupError(`Name the file: npm run cli -- ${command} <file>`);
  if (command === 'backup') {
    const backup = await createBackup(database.db);
    writeFileSync(file, JSON.stringify(backup));
    logger.info({ file, counts: backup.counts, database: database.description }, `backup written to ${file}`);
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StartupError(`Cannot read ${file} as a backup (${(error as Error).message.split('\n')[0]}): give the path of a file made by "backup"`);
  }
  try {
    const counts = await restoreBackup(database.db, input);
    logger.info({ file, counts, database: database.description }, `backup restored from ${file}`);
  } catch (error) {
    if (error instanceof AppError) throw new StartupError(`Restore refused, nothing written: ${error.message}`);
    throw error;
  }
}
