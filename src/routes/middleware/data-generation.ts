import type { ServiceContext } from '../../services/context.ts';
import { followDataGeneration } from '../../services/audit/follow-data-generation.ts';
import { getDataGeneration } from '../../services/audit/get-data-generation.ts';
import { coalesceReads } from './coalesce-reads.ts';

/**
 * The response cache's generation (ADR 011): from memory on an embedded database, which hears every move at
 * commit; else one coalesced read of the shared counter per round of requests, exact across instances.
 */
export function dataGeneration(ctx: ServiceContext): () => Promise<number> {
  const read = coalesceReads(() => getDataGeneration(ctx));
  let followed: (() => number) | null = null;
  let following: Promise<unknown> | null = null;
  return async () => {
    if (followed) return followed();
    // Until the listener is set up (or when it cannot be, on a server) the counter is read.
    following ??= followDataGeneration(ctx).then((f) => (followed = f), () => (following = null));
    return read();
  };
}
