import { useContext, type Child } from 'hono/jsx';
import type { Locale } from '../domain/format.ts';
import { localePath, messages } from '../i18n/messages.ts';
import { AssetPathsContext, assetHref } from './asset-paths.ts';
import { CurrentQueryContext, PublicBaseUrlContext } from './current-query.ts';

export type ShellLink = { href: string; label: string };

export type PageShellProps = {
  locale: Locale;
  documentTitle: string;
  /** The meta description search engines show; the site's own when a page has none. */
  description?: string;
  /** Path of this page without locale prefix, for the language switch (which adds the request's query). */
  path: string;
  /** Portal pages stay out of search engines, so they announce no translation either. */
  noindex?: boolean;
  brand: { href: string; name: string; tagline: string };
  /** Beside the language switch in the header bar (the portal's logout form). */
  actions?: Child;
  nav: { label: string; items: (ShellLink & { current: boolean })[] };
  footerText?: string;
  footerLinks: ShellLink[];
  children: Child;
};

/** The one document shell of the public site and the portal: head, skip link, header, main landmark, footer. */
export function PageShell({ locale, documentTitle, description, path, noindex, brand, actions, nav, footerText, footerLinks, children }: PageShellProps) {
  const t = messages(locale);
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const query = useContext(CurrentQueryContext);
  const base = useContext(PublicBaseUrlContext);
  const absolute = (l: Locale) => `${base}${localePath(l, path)}`;
  const assets = useContext(AssetPathsContext);
  const languageSwitch = (
    <a class="utrecht-link pps-header__lang" href={`${localePath(other, path)}${query}`} hreflang={other} lang={other} aria-label={t.languageSwitchLabel}>
      {t.languageSwitch}
    </a>
  );
  return (
    <html lang={locale} class="pps-theme">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {noindex && <meta name="robots" content="noindex" />}
        <title>{documentTitle}</title>
        <meta name="description" content={description ?? t.metaDescription} />
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="stylesheet" href={assetHref(assets, 'utrecht.css')} />
        <link rel="stylesheet" href={assetHref(assets, 'theme.css')} />
        {!noindex && <link rel="alternate" hreflang={locale} href={absolute(locale)} />}
        {!noindex && <link rel="alternate" hreflang={other} href={absolute(other)} />}
        {!noindex && <link rel="alternate" hreflang="x-default" href={absolute('nl')} />}
      </head>
      <body class="utrecht-body utrecht-document">
        <a class="utrecht-link pps-skip-link" href="#inhoud">{t.skipLink}</a>
        <header class="pps-header">
          <div class="pps-container pps-header__bar">
            <a class="pps-header__brand" href={brand.href}>
              <span class="pps-header__name">{brand.name}</span>
              <span class="pps-header__tagline">{brand.tagline}</span>
            </a>
            {actions ? <div class="pps-portal-header__actions">{languageSwitch}{actions}</div> : languageSwitch}
          </div>
          <nav class="pps-nav" aria-label={nav.label}>
            <ul class="pps-container pps-nav__list">
              {nav.items.map((item) => (
                <li class="pps-nav__item">
                  <a class="pps-nav__link" href={item.href} aria-current={item.current ? 'page' : undefined}>{item.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="inhoud" class="pps-container pps-main" tabindex={-1}>
          {children}
        </main>
        <footer class="pps-footer">
          <div class="pps-container">
            {footerText && <p class="utrecht-paragraph">{footerText}</p>}
            <ul class="pps-footer__links">
              {footerLinks.map((link) => <li><a class="utrecht-link" href={link.href}>{link.label}</a></li>)}
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
