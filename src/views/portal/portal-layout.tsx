import type { Child } from 'hono/jsx';
import type { Locale } from '../../domain/format.ts';
import { localePath, messages } from '../../i18n/messages.ts';
import { portalMessages } from '../../i18n/portal.ts';
import type { Role } from '../../services/context.ts';
import { CsrfField } from '../forms.tsx';
import { portalNavFor } from './portal-nav.ts';

/** What every portal page needs from the request; routes build it with portalPage(c). */
export type PortalPage = { locale: Locale; path: string; userName: string; roles: Role[]; csrfToken: string };

export type PortalLayoutProps = { page: PortalPage; title: string; children: Child };

export function PortalLayout({ page, title, children }: PortalLayoutProps) {
  const { locale, path } = page;
  const t = messages(locale);
  const p = portalMessages(locale);
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  return (
    <html lang={locale} class="pps-theme">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} | ${p.portalName} | ${t.siteName}`}</title>
        <link rel="stylesheet" href="/assets/utrecht.css" />
        <link rel="stylesheet" href="/assets/theme.css" />
      </head>
      <body class="utrecht-body utrecht-document">
        <a class="utrecht-link pps-skip-link" href="#inhoud">{t.skipLink}</a>
        <header class="pps-header">
          <div class="pps-container pps-header__bar">
            <a class="pps-header__brand" href={localePath(locale, '/portaal')}>
              <span class="pps-header__name">{`${t.siteName} · ${p.portalName}`}</span>
              <span class="pps-header__tagline">{p.signedInAs(page.userName)}</span>
            </a>
            <div class="pps-portal-header__actions">
              <a class="utrecht-link pps-header__lang" href={localePath(other, path)} hreflang={other} lang={other} aria-label={t.languageSwitchLabel}>
                {t.languageSwitch}
              </a>
              <form method="post" action={localePath(locale, '/uitloggen')} class="pps-portal-logout">
                <CsrfField token={page.csrfToken} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action pps-portal-logout__button">{p.logout}</button>
              </form>
            </div>
          </div>
          <nav class="pps-nav" aria-label={p.portalNavLabel}>
            <ul class="pps-container pps-nav__list">
              {portalNavFor(page.roles).map((item) => {
                const current = item.path === '/portaal' ? path === '/portaal' : path === item.path || path.startsWith(`${item.path}/`);
                return (
                  <li class="pps-nav__item">
                    <a class="pps-nav__link" href={localePath(locale, item.path)} aria-current={current ? 'page' : undefined}>{item.label[locale]}</a>
                  </li>
                );
              })}
            </ul>
          </nav>
        </header>
        <main id="inhoud" class="pps-container pps-main" tabindex={-1}>
          {children}
        </main>
        <footer class="pps-footer">
          <div class="pps-container">
            <ul class="pps-footer__links">
              <li><a class="utrecht-link" href={localePath(locale, '/')}>{p.toPublicSite}</a></li>
              <li><a class="utrecht-link" href={localePath(locale, '/toegankelijkheid')}>{t.footerAccessibility}</a></li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
