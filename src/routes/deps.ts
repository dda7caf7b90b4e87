import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';

/** Everything the HTTP layer needs, made once at start-up and passed in. */
/** `now`: the clock, read only at the edge and handed to use-cases (tests may fix it). */
export type AppDeps = { config: Config; db: Db; logger: Logger; now?: () => Date };
