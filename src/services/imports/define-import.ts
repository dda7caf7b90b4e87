import type { Db, Tx } from '../../db/client.ts';
import type { CheckedRows, RowLookups } from '../../domain/import/check-rows.ts';
import type { ImportType } from '../../domain/import/import-types.ts';
import { requireImporter } from '../authorize.ts';
import type { Actor, ServiceContext } from '../context.ts';
import { refuseImport, unreadable, type ImportPreview } from './import-result.ts';
import { jobOf, readImportFile, type ImportFile } from './read-import-file.ts';
import { testPause } from '../test-pause.ts';

export type Checked<W> = { preview: ImportPreview; writes: W[] };
/** The import's type (which pure row rules the reader thread applies), its columns, and the reference data those rules need. */
type FileShape = { kind: ImportType; columns: Record<string, string[]>; required: string[]; lookups?: (db: Db | Tx) => Promise<RowLookups> };
type Check<R, W> = (db: Db | Tx, actor: Actor, rows: CheckedRows<R>, lookups: RowLookups) => Promise<Checked<W>>;
type Write<W> = (tx: Tx, actor: Actor, writes: W[], preview: ImportPreview) => Promise<void>;
/** The preview takes a file whole or as an upload still arriving; the commit takes the checked file back, whole. */
export type ImportUseCases = { preview: (ctx: ServiceContext, file: ImportFile) => Promise<ImportPreview>; commit: (ctx: ServiceContext, bytes: Uint8Array) => Promise<ImportPreview> };

/**
 * An import's two use-cases from its check and its write: the preview is the check alone; the commit
 * reads the file and checks its rows first (in a worker, outside any transaction), then checks the valid
 * rows against the database inside one transaction and writes only when no row is refused: all or nothing.
 */
export function defineImport<R, W>(file: FileShape, check: Check<R, W>, write: Write<W>, authorize: (ctx: ServiceContext) => Actor = requireImporter): ImportUseCases {
  const read = async (ctx: ServiceContext, content: ImportFile) => {
    const lookups = (await file.lookups?.(ctx.db)) ?? {};
    return { lookups, file: await readImportFile<R>(jobOf({ kind: file.kind, columns: file.columns, required: file.required, lookups }, content)) };
  };
  return {
    preview: async (ctx, content) => {
      const actor = authorize(ctx);
      const { lookups, file: checked } = await read(ctx, content);
      return checked.ok ? (await check(ctx.db, actor, checked, lookups)).preview : unreadable(checked.problems);
    },
    commit: async (ctx, bytes) => {
      const actor = authorize(ctx);
      const { lookups, file: checked } = await read(ctx, bytes);
      if (!checked.ok) throw refuseImport(unreadable(checked.problems));
      return ctx.db.transaction(async (tx) => {
        const { preview, writes } = await check(tx, actor, { valid: checked.valid, problems: [...checked.problems] }, lookups);
        if (preview.refused.length) throw refuseImport(preview);
        await write(tx, actor, writes, preview);
        await testPause('import-commit');
        return preview;
      });
    },
  };
}
