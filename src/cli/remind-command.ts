import type { Config } from '../config.ts';
import type { Db, Database } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { mailBaseUrl } from '../routes/middleware/cookies.ts';
import { deliverMails } from '../services/mail/deliver-mails.ts';
import { sendReportReminders } from '../services/mail/send-report-reminders.ts';

type Deps = { config: Config; logger: Logger };

/** Queues the reminders due now and sends what is queued (SMTP) or leaves it in the outbox. */
async function remind(db: Db, { config, logger }: Deps, now: Date): Promise<void> {
  const { queued } = await sendReportReminders(db, { now, baseUrl: mailBaseUrl(config) });
  const delivery = await deliverMails(db, config, now);
  logger.info({ queued, ...delivery }, 'report reminders queued');
}

/** `remind`: one run, for cron; running it twice on a day sends nothing twice. */
export async function runRemindCommand(database: Database, deps: Deps): Promise<void> {
  await remind(database.db, deps, new Date());
}

const DAY = 24 * 60 * 60 * 1000;

/** Milliseconds from `now` to the next `hour`:00 UTC. */
export function msUntilHour(now: Date, hour: number): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour);
  return next > now.getTime() ? next - now.getTime() : next + DAY - now.getTime();
}

/**
 * While serving: the reminders once a day at REMINDER_HOUR (UTC). Several instances may each run it; the
 * outbox's unique key keeps every reminder to one. Returns the function that stops the timer.
 */
export function startReminderTimer(db: Db, deps: Deps): () => void {
  const hour = deps.config.reminderHour;
  if (hour === undefined) return () => {};
  let timer: NodeJS.Timeout;
  const schedule = () => {
    timer = setTimeout(() => {
      remind(db, deps, new Date()).catch((error: unknown) => deps.logger.error({ err: error }, 'report reminders failed')).finally(schedule);
    }, msUntilHour(new Date(), hour));
    timer.unref();
  };
  schedule();
  return () => clearTimeout(timer);
}
