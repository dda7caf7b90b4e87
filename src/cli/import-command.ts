import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { userRoles } from '../db/schema/index.ts';
import { AppError, Invalid, StartupError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { IMPORT_TYPES, isImportType } from '../domain/import/import-types.ts';
import { errorText } from '../i18n/errors.ts';
import { IMPORTS } from '../services/imports/import-kinds.ts';

const TYPES = Object.keys(IMPORT_TYPES).join('|');

/** `import <type> <file> [--dry-run]`: runs as the programme office, prints the preview, writes all or nothing. */
export async function runImportCommand(args: string[], database: Database, logger: Logger): Promise<void> {
  const [type, file] = args;
  if (!isImportType(type) || !file) throw new StartupError(`Usage: npm run cli -- import ${TYPES} <file.csv|file.xlsx> [--dry-run]`);
  const kind = IMPORTS[type];
  const [office] = await database.db.select({ userId: userRoles.userId }).from(userRoles).where(eq(userRoles.role, 'programmabureau')).limit(1);
  if (!office) throw new StartupError('No programme office account exists: create one first (npm run seed loads the demo accounts)');
  const ctx = { db: database.db, actor: { userId: office.userId, roles: [{ role: 'programmabureau' as const, consortiumId: null }] } };
  const bytes = new Uint8Array(readFileSync(file));
  const preview = await kind.preview(ctx, bytes);
  for (const c of preview.create) console.log(`nieuw     regel ${c.line}: ${c.name}`);
  for (const u of preview.update) console.log(`gewijzigd regel ${u.line}: ${u.name}`);
  for (const r of preview.refused) console.log(`geweigerd regel ${r.line}${r.column ? `, ${r.column}` : ''}: ${errorText('nl', r.code, r.values)}`);
  if (args.includes('--dry-run')) return void logger.info({ create: preview.create.length, refused: preview.refused.length }, 'dry run: nothing written');
  try {
    await kind.commit(ctx, bytes);
    logger.info({ created: preview.create.length, updated: preview.update.length, database: database.description }, `imported ${type}`);
  } catch (error) {
    if (error instanceof Invalid || error instanceof AppError) throw new StartupError(`Import refused, nothing written: ${error.message}`);
    throw error;
  }
}
