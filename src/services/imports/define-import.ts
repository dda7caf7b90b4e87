import type { Db, Tx } from '../../db/client.ts';
import type { TableRow } from '../../domain/import/read-table.ts';
import { requireImporter } from '../authorize.ts';
import type { Actor, ServiceContext } from '../context.ts';
import { refuseImport, unreadable, type ImportPreview } from './import-result.ts';
import { readImportFile } from './read-import-file.ts';

export type Checked<W> = { preview: ImportPreview; writes: W[] };
type FileShape = { columns: Record<string, string[]>; required: string[] };
type Check<W> = (db: Db | Tx, actor: Actor, rows: TableRow[]) => Promise<Checked<W>>;
type Write<W> = (tx: Tx, actor: Actor, writes: W[], preview: ImportPreview) => Promise<void>;
export type ImportUseCases = { preview: (ctx: ServiceContext, bytes: Uint8Array) => Promise<ImportPreview>; commit: (ctx: ServiceContext, bytes: Uint8Array) => Promise<ImportPreview> };

/**
 * An import's two use-cases from its check and its write: the preview is the check alone; the commit
 * reads the file first (in a worker, outside any transaction), then checks again inside one
 * transaction and writes only when no row is refused, so it is all or nothing.
 */
export function defineImport<W>(file: FileShape, check: Check<W>, write: Write<W>, authorize: (ctx: ServiceContext) => Actor = requireImporter): ImportUseCases {
  return {
    preview: async (ctx, bytes) => {
      const actor = authorize(ctx);
      const table = await readImportFile(bytes, file.columns, file.required);
      return table.ok ? (await check(ctx.db, actor, table.rows)).preview : unreadable(table.problems);
    },
    commit: async (ctx, bytes) => {
      const actor = authorize(ctx);
      const table = await readImportFile(bytes, file.columns, file.required);
      if (!table.ok) throw refuseImport(unreadable(table.problems));
      return ctx.db.transaction(async (tx) => {
        const { preview, writes } = await check(tx, actor, table.rows);
        if (preview.refused.length) throw refuseImport(preview);
        await write(tx, actor, writes, preview);
        return preview;
      });
    },
  };
}
