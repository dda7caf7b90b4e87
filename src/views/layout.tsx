import type { Child } from 'hono/jsx';
import type { Locale } from '../domain/format.ts';
import { localePath, messages } from '../i18n/messages.ts';
import { PageShell } from './page-shell.tsx';

export type LayoutProps = {
  locale: Locale;
  title: string;
  /** Meta description of this page; the site's own when absent. */
  description?: string;
  /** Path of this page without locale prefix, for the language switch and the current nav item. */
  path: string;
  children: Child;
};

const NAV = [
  { path: '/', key: 'navHome' },
  { path: '/dashboard', key: 'navDashboard' },
  { path: '/kaart', key: 'navMap' },
  { path: '/consortia', key: 'navConsortia' },
  { path: '/kennisbank', key: 'navKnowledge' },
  { path: '/open-data', key: 'navApi' },
] as const;

/** The public site: its menu, its footer with the data notice, in the shared page shell. */
export function Layout({ locale, title, description, path, children }: LayoutProps) {
  const t = messages(locale);
  const items = NAV.map((item) => ({
    href: localePath(locale, item.path),
    label: t[item.key],
    current: item.path === '/' ? path === '/' : path.startsWith(item.path),
  }));
  return (
    <PageShell
      locale={locale} documentTitle={`${title} | ${t.siteName}`} description={description} path={path}
      brand={{ href: localePath(locale, '/'), name: t.siteName, tagline: t.siteTagline }}
      actions={<a class="utrecht-link pps-header__login" href={localePath(locale, '/inloggen')}>{t.navLogin}</a>}
      nav={{ label: t.navLabel, items }}
      footerText={t.footerData}
      footerLinks={[
        { href: localePath(locale, '/toegankelijkheid'), label: t.footerAccessibility },
        { href: localePath(locale, '/open-data'), label: t.footerApi },
        { href: 'https://eupl.eu/1.2/nl/', label: t.footerLicence },
      ]}
    >
      {children}
    </PageShell>
  );
}
