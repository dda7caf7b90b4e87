import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { Entry } from './middleware/response-cache.ts';

export type PublicCache = { entries: Map<string, Entry>; generation: () => Promise<number> };

/** Everything the HTTP layer needs, made once at start-up and passed in. */
export type AppDeps = {
  config: Config; db: Db; logger: Logger;
  /** Where public reads go (a replica, DATABASE_READ_URL); the primary when not given. */
  readDb?: Db;
  /** The response cache's entries and data generation, shared by the fast path at the front and the page routes. */
  publicCache?: PublicCache;
  /** The clock, read only at the edge and handed to use-cases (tests may fix it). */
  now?: () => Date;
};

/** Today's date (ISO) by the app's clock: tests pass `now` to fix it. */
export const todayOf = (deps: Pick<AppDeps, 'now'>): string => (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
