import { formatDate, formatDateTime, type Locale } from '../../domain/format.ts';
import { localePath } from '../../i18n/messages.ts';
import { portalTasks } from '../../i18n/portal-tasks.ts';
import type { Task } from '../../services/tasks/task.ts';
import { paths } from './portal-paths.ts';

type Shown = { title: string; detail: string; href: string; urgent?: boolean };

function show(task: Task, locale: Locale, today: string): Shown {
  const t = portalTasks(locale);
  const title = t.kind[task.kind];
  switch (task.kind) {
    case 'reportDue': {
      const when = task.deadline === null ? t.noDeadline : task.deadline < today ? t.overdue(formatDate(task.deadline, locale)) : t.deadline(formatDate(task.deadline, locale));
      const href = task.reportId === null ? paths.reports(task.consortiumId) : paths.report(task.reportId);
      return { title, detail: `${t.report(task.consortiumName, task.periodYear)}, ${when}`, href, urgent: task.deadline !== null && task.deadline < today };
    }
    case 'reportReturned':
      return { title, detail: `${t.report(task.consortiumName, task.periodYear)}. ${t.returnNote(task.note)}`, href: paths.report(task.reportId) };
    case 'commentToAnswer':
      return { title, detail: `${t.report(task.consortiumName, task.periodYear)}, ${t.since(formatDateTime(task.since, locale))}`, href: paths.report(task.reportId) };
    case 'reportToReview':
      return { title, detail: `${t.report(task.consortiumName, task.periodYear)}${task.since ? `, ${t.since(formatDateTime(task.since, locale))}` : ''}`, href: paths.officeReview(task.reportId) };
    case 'invitationPending':
      return { title, detail: `${task.email}, ${t.expires(formatDateTime(task.expiresAt, locale))}`, href: '/portaal/gebruikers' };
  }
}

/** The portal home's "to do" list: each task says what, for which report or person, and until when. */
export function TaskList({ locale, tasks, today }: { locale: Locale; tasks: Task[]; today: string }) {
  const t = portalTasks(locale);
  return (
    <section aria-labelledby="te-doen" class="pps-tasks">
      <h2 class="utrecht-heading-2" id="te-doen">{t.title}</h2>
      {tasks.length ? (
        <ul class="pps-tasks__list">
          {tasks.map((task) => {
            const s = show(task, locale, today);
            return (
              <li class={`pps-task${s.urgent ? ' pps-task--urgent' : ''}`} data-task={task.kind}>
                <a class="utrecht-link pps-task__title" href={localePath(locale, s.href)}>{s.title}</a>
                <p class="utrecht-paragraph pps-task__detail">{s.detail}</p>
              </li>
            );
          })}
        </ul>
      ) : <p class="utrecht-paragraph">{t.none}</p>}
    </section>
  );
}
