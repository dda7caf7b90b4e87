import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';

/** Everything the HTTP layer needs, made once at start-up and passed in. */
export type AppDeps = {
  config: Config; db: Db; logger: Logger;
  /** Where public reads go (a replica, DATABASE_READ_URL); the primary when not given. */
  readDb?: Db;
  /** The clock, read only at the edge and handed to use-cases (tests may fix it). */
  now?: () => Date;
};
