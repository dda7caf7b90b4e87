import type { Locale } from '../../domain/format.ts';
import { localePath } from '../../i18n/messages.ts';
import { portalMessages } from '../../i18n/portal.ts';
import type { Child } from 'hono/jsx';
import type { Role } from '../../services/context.ts';
import type { Task } from '../../services/tasks/task.ts';
import { PostForm, SubmitButton } from './form-controls.tsx';
import { portalNavFor } from './portal-nav.ts';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { TaskList } from './task-list.tsx';

/** `blocks`: sections other areas add for the actor's roles (e.g. an assessor's assignments). */
export type PortalHomeProps = {
  locale: Locale; csrfToken: string; userName: string; roles: Role[]; tasks: Task[]; today: string;
  consortia: { id: number; slug: string; name: string }[];
  blocks?: Child[];
};

/** The portal home: what to do next first, then the consortia and the parts of the portal this person may use. */
export function PortalHome({ portal, locale, csrfToken, userName, roles, tasks, today, consortia, blocks = [] }: PortalHomeProps & PortalProps) {
  const p = portalMessages(locale);
  const cards = portalNavFor(roles).filter((item) => item.path !== '/portaal');
  return (
    <PortalPage portal={portal} title={p.homeTitle}>
      <h1 class="utrecht-heading-1">{p.homeTitle}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{p.homeIntro(userName)}</p>
      <p class="utrecht-paragraph">{p.rolesTitle}: {roles.map((r) => p.role[r]).join(', ')}</p>
      <TaskList locale={locale} tasks={tasks} today={today} />
      {roles.includes('coordinator') ? (
        <section aria-labelledby="mijn-consortia">
          <h2 class="utrecht-heading-2" id="mijn-consortia">{p.myConsortia}</h2>
          {consortia.length ? (
            <ul class="utrecht-unordered-list">
              {consortia.map((c) => (
                <li class="utrecht-unordered-list__item">
                  {c.name}: <a class="utrecht-link" href={localePath(locale, `/portaal/consortia/${c.id}/profiel`)}>{p.myConsortiumData}</a>,{' '}
                  <a class="utrecht-link" href={localePath(locale, `/portaal/consortia/${c.id}/rapportages`)}>{p.myConsortiumReports}</a>
                </li>
              ))}
            </ul>
          ) : <p class="utrecht-paragraph">{p.noConsortia}</p>}
        </section>
      ) : null}
      {roles.includes('beoordelaar') ? <p class="utrecht-paragraph">{p.assessorIntro}</p> : null}
      {blocks}
      {cards.length ? (
        <section aria-labelledby="aan-de-slag">
          <h2 class="utrecht-heading-2" id="aan-de-slag">{p.tasksTitle}</h2>
          <ul class="pps-cards">
            {cards.map((item) => (
              <li class="pps-card">
                <a class="utrecht-link pps-card__title" href={localePath(locale, item.path)}>{item.label[locale]}</a>
                <p>{item.description[locale]}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="beveiliging">
        <h2 class="utrecht-heading-2" id="beveiliging">{p.securityTitle}</h2>
        <p class="utrecht-paragraph">{p.securityIntro}</p>
        <PostForm action={localePath(locale, '/uitloggen/overal')} csrfToken={csrfToken}>
          <SubmitButton secondary>{p.logoutEverywhere}</SubmitButton>
        </PostForm>
      </section>
    </PortalPage>
  );
}
