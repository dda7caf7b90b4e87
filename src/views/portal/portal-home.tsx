import { localePath } from '../../i18n/messages.ts';
import { portalMessages } from '../../i18n/portal.ts';
import type { Child } from 'hono/jsx';
import { PostForm, SubmitButton } from '../forms.tsx';
import { PortalLayout, type PortalPage } from './portal-layout.tsx';
import { portalNavFor } from './portal-nav.ts';

/** `blocks`: sections other areas add for the actor's roles (e.g. an assessor's assignments). */
export type PortalHomeProps = { page: PortalPage; consortia: { id: number; slug: string; name: string }[]; blocks?: Child[] };

export function PortalHome({ page, consortia, blocks = [] }: PortalHomeProps) {
  const { locale, roles } = page;
  const p = portalMessages(locale);
  const cards = portalNavFor(roles).filter((item) => item.path !== '/portaal');
  return (
    <PortalLayout page={page} title={p.homeTitle}>
      <h1 class="utrecht-heading-1">{p.homeTitle}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{p.homeIntro(page.userName)}</p>
      <p class="utrecht-paragraph">{p.rolesTitle}: {roles.map((r) => p.role[r]).join(', ')}</p>
      {roles.includes('coordinator') ? (
        <section aria-labelledby="mijn-consortia">
          <h2 class="utrecht-heading-2" id="mijn-consortia">{p.myConsortia}</h2>
          {consortia.length ? (
            <ul class="utrecht-unordered-list">
              {consortia.map((c) => (
                <li class="utrecht-unordered-list__item">
                  {c.name}: <a class="utrecht-link" href={`/portaal/consortia/${c.id}/profiel`}>{p.myConsortiumData}</a>,{' '}
                  <a class="utrecht-link" href={`/portaal/consortia/${c.id}/rapportages`}>{p.myConsortiumReports}</a>
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
        <PostForm action={localePath(locale, '/uitloggen/overal')} csrfToken={page.csrfToken}>
          <SubmitButton secondary>{p.logoutEverywhere}</SubmitButton>
        </PostForm>
      </section>
    </PortalLayout>
  );
}
