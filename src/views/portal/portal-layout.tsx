import type { Child } from 'hono/jsx';
import type { Locale } from '../../domain/format.ts';
import { localePath, messages } from '../../i18n/messages.ts';
import { portalMessages } from '../../i18n/portal.ts';
import type { Role } from '../../services/context.ts';
import { CsrfField } from './form-controls.tsx';
import { PageShell } from '../page-shell.tsx';
import { portalNavFor } from './portal-nav.ts';

/** Who is signed in and where: the portal middleware builds it once (portalSessionOf) for the layout. */
export type PortalSession = { locale: Locale; path: string; userName: string; roles: Role[]; csrfToken: string };

export type PortalLayoutProps = { session: PortalSession; title: string; children: Child };

/** The portal: who is signed in, a logout button and the menu of their roles, in the shared page shell. */
export function PortalLayout({ session, title, children }: PortalLayoutProps) {
  const { locale, path } = session;
  const t = messages(locale);
  const p = portalMessages(locale);
  const items = portalNavFor(session.roles).map((item) => ({
    href: localePath(locale, item.path),
    label: item.label[locale],
    current: item.path === '/portaal' ? path === '/portaal' : path === item.path || path.startsWith(`${item.path}/`),
  }));
  const logout = (
    <form method="post" action={localePath(locale, '/uitloggen')} class="pps-portal-logout">
      <CsrfField token={session.csrfToken} />
      <button type="submit" class="utrecht-button utrecht-button--secondary-action pps-portal-logout__button">{p.logout}</button>
    </form>
  );
  return (
    <PageShell
      locale={locale} documentTitle={`${title} | ${p.portalName} | ${t.siteName}`} path={path} noindex
      brand={{ href: localePath(locale, '/portaal'), name: `${t.siteName} · ${p.portalName}`, tagline: p.signedInAs(session.userName) }}
      actions={logout}
      nav={{ label: p.portalNavLabel, items }}
      footerLinks={[
        { href: localePath(locale, '/'), label: p.toPublicSite },
        { href: localePath(locale, '/toegankelijkheid'), label: t.footerAccessibility },
      ]}
    >
      {children}
    </PageShell>
  );
}
