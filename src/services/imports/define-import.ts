import type { Db, Tx } from '../../db/client.ts';
import { requireActor } from '../authorize.ts';
import type { Actor, ServiceContext } from '../context.ts';
import { refuseImport, type ImportPreview } from './import-result.ts';

export type Checked<W> = { preview: ImportPreview; writes: W[] };
type Check<W> = (db: Db | Tx, actor: Actor, bytes: Uint8Array) => Promise<Checked<W>>;
type Write<W> = (tx: Tx, actor: Actor, writes: W[], preview: ImportPreview) => Promise<void>;
export type ImportUseCases = { preview: (ctx: ServiceContext, bytes: Uint8Array) => Promise<ImportPreview>; commit: (ctx: ServiceContext, bytes: Uint8Array) => Promise<ImportPreview> };

/**
 * An import's two use-cases from its check and its write: the preview is the check alone; the commit
 * checks again inside one transaction and writes only when no row is refused, so it is all or nothing.
 */
export function defineImport<W>(check: Check<W>, write: Write<W>, authorize: (ctx: ServiceContext) => Actor = requireActor): ImportUseCases {
  return {
    preview: async (ctx, bytes) => (await check(ctx.db, authorize(ctx), bytes)).preview,
    commit: async (ctx, bytes) => {
      const actor = authorize(ctx);
      return ctx.db.transaction(async (tx) => {
        const { preview, writes } = await check(tx, actor, bytes);
        if (preview.refused.length) throw refuseImport(preview);
        await write(tx, actor, writes, preview);
        return preview;
      });
    },
  };
}
