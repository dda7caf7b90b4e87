import { deliverMails } from '../services/mail/deliver-mails.ts';
import type { AppDeps } from './deps.ts';

/**
 * Sends the mails a committed change queued. The change stands whatever happens here: a failed mail is marked
 * on its outbox row, and anything else is logged, never shown as an error of the action.
 */
export async function deliverMailsAfter({ db, config, logger }: Pick<AppDeps, 'db' | 'config' | 'logger'>): Promise<void> {
  try {
    const { failed } = await deliverMails(db, config);
    if (failed) logger.warn({ failed }, 'mail not delivered; see the outbox');
  } catch (error) {
    logger.error({ err: error }, 'mail delivery stopped');
  }
}
