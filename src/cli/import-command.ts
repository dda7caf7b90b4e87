import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { userRoles } from '../db/schema/index.ts';
import { AppError, Invalid, StartupError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { commitIndicatorValueImport, previewIndicatorValueImport } from '../services/imports/import-indicator-values.ts';
import { commitOrganisationImport, previewOrganisationImport } from '../services/imports/import-organisations.ts';

const IMPORTS = {
  organisaties: { preview: previewOrganisationImport, commit: commitOrganisationImport },
  indicatorwaarden: { preview: previewIndicatorValueImport, commit: commitIndicatorValueImport },
} as const;

/** `import organisaties|indicatorwaarden <file> [--dry-run]`: runs as the programme office, prints the preview, writes all or nothing. */
export async function runImportCommand(args: string[], database: Database, logger: Logger): Promise<void> {
  const [type, file] = args;
  const kind = IMPORTS[type as keyof typeof IMPORTS];
  if (!kind || !file) throw new StartupError('Usage: npm run cli -- import organisaties|indicatorwaarden <file.csv|file.xlsx> [--dry-run]');
  const [office] = await database.db.select({ userId: userRoles.userId }).from(userRoles).where(eq(userRoles.role, 'programmabureau')).limit(1);
  if (!office) throw new StartupError('No programme office account exists: create one first (npm run seed loads the demo accounts)');
  const ctx = { db: database.db, actor: { userId: office.userId, roles: [{ role: 'programmabureau' as const, consortiumId: null }] } };
  const bytes = new Uint8Array(readFileSync(file));
  const preview = await kind.preview(ctx, bytes);
  for (const c of preview.create) console.log(`nieuw     regel ${c.line}: ${c.name}`);
  for (const u of preview.update) console.log(`gewijzigd regel ${u.line}: ${u.name}`);
  for (const r of preview.refused) console.log(`geweigerd regel ${r.line}${r.column ? `, ${r.column}` : ''}: ${r.message}`);
  if (args.includes('--dry-run')) return void logger.info({ create: preview.create.length, refused: preview.refused.length }, 'dry run: nothing written');
  try {
    await kind.commit(ctx, bytes);
    logger.info({ created: preview.create.length, updated: preview.update.length, database: database.description }, `imported ${type}`);
  } catch (error) {
    if (error instanceof Invalid || error instanceof AppError) throw new StartupError(`Import refused, nothing written: ${error.message}`);
    throw error;
  }
}
