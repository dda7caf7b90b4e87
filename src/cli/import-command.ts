import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { userRoles } from '../db/schema/index.ts';
import { AppError, Invalid, StartupError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { commitOrganisationImport, previewOrganisationImport } from '../services/imports/import-organisations.ts';

/** `import organisaties <file> [--dry-run]`: runs as the programme office, prints the preview, writes all or nothing. */
export async function runImportCommand(args: string[], database: Database, logger: Logger): Promise<void> {
  const [type, file] = args;
  if (type !== 'organisaties' || !file) throw new StartupError('Usage: npm run cli -- import organisaties <file.csv> [--dry-run]');
  const [office] = await database.db.select({ userId: userRoles.userId }).from(userRoles).where(eq(userRoles.role, 'programmabureau')).limit(1);
  if (!office) throw new StartupError('No programme office account exists: create one first (npm run seed loads the demo accounts)');
  const ctx = { db: database.db, actor: { userId: office.userId, roles: [{ role: 'programmabureau' as const, consortiumId: null }] } };
  const bytes = new Uint8Array(readFileSync(file));
  const preview = await previewOrganisationImport(ctx, bytes);
  for (const c of preview.create) console.log(`nieuw     regel ${c.line}: ${c.name}`);
  for (const r of preview.refused) console.log(`geweigerd regel ${r.line}${r.column ? `, ${r.column}` : ''}: ${r.message}`);
  if (args.includes('--dry-run')) return void logger.info({ create: preview.create.length, refused: preview.refused.length }, 'dry run: nothing written');
  try {
    await commitOrganisationImport(ctx, bytes);
    logger.info({ created: preview.create.length, database: database.description }, `imported ${preview.create.length} organisations`);
  } catch (error) {
    if (error instanceof Invalid || error instanceof AppError) throw new StartupError(`Import refused, nothing written: ${error.message}`);
    throw error;
  }
}
