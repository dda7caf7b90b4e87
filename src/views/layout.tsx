import type { Child } from 'hono/jsx';
import type { Locale } from '../domain/format.ts';
import { localePath, messages } from '../i18n/messages.ts';

export type LayoutProps = {
  locale: Locale;
  title: string;
  /** Path of this page without locale prefix, for the language switch and the current nav item. */
  path: string;
  children: Child;
};

const NAV = [
  { path: '/', key: 'navHome' },
  { path: '/dashboard', key: 'navDashboard' },
  { path: '/kaart', key: 'navMap' },
  { path: '/consortia', key: 'navConsortia' },
  { path: '/open-data', key: 'navApi' },
] as const;

export function Layout({ locale, title, path, children }: LayoutProps) {
  const t = messages(locale);
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  return (
    <html lang={locale} class="pps-theme">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${t.siteName}`}</title>
        <link rel="stylesheet" href="/assets/utrecht.css" />
        <link rel="stylesheet" href="/assets/theme.css" />
        <link rel="alternate" hreflang={other} href={localePath(other, path)} />
      </head>
      <body class="utrecht-body utrecht-document">
        <a class="utrecht-link pps-skip-link" href="#inhoud">{t.skipLink}</a>
        <header class="pps-header">
          <div class="pps-container pps-header__bar">
            <a class="pps-header__brand" href={localePath(locale, '/')}>
              <span class="pps-header__name">{t.siteName}</span>
              <span class="pps-header__tagline">{t.siteTagline}</span>
            </a>
            <a class="utrecht-link pps-header__lang" href={localePath(other, path)} hreflang={other} lang={other} aria-label={t.languageSwitchLabel}>
              {t.languageSwitch}
            </a>
          </div>
          <nav class="pps-nav" aria-label={t.navLabel}>
            <ul class="pps-container pps-nav__list">
              {NAV.map((item) => {
                const current = item.path === '/' ? path === '/' : path.startsWith(item.path);
                return (
                  <li class="pps-nav__item">
                    <a class="pps-nav__link" href={localePath(locale, item.path)} aria-current={current ? 'page' : undefined}>
                      {t[item.key]}
                    </a>
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
            <p class="utrecht-paragraph">{t.footerData}</p>
            <ul class="pps-footer__links">
              <li><a class="utrecht-link" href={localePath(locale, '/toegankelijkheid')}>{t.footerAccessibility}</a></li>
              <li><a class="utrecht-link" href={localePath(locale, '/open-data')}>{t.footerApi}</a></li>
              <li><a class="utrecht-link" href="https://eupl.eu/1.2/nl/">{t.footerLicence}</a></li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
