import type { Database } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { eraseExpiredRegistrations } from '../services/events/erase-expired-registrations.ts';

/** `erase-registrations`: runs the retention rule once (for cron); a system job, audited without an actor. */
export async function runEraseRegistrationsCommand(database: Database, logger: Logger): Promise<void> {
  const result = await eraseExpiredRegistrations({ db: database.db, actor: null }, { now: new Date() });
  if (result.days === null) logger.warn('programme rule registratie_bewaartermijn_dagen is not set: nothing erased');
  else logger.info(result, 'personal data of expired event registrations erased');
}
