import type { Child } from 'hono/jsx';
import { localePath, messages } from '../../i18n/messages.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { portalMessages } from '../../i18n/portal.ts';
import { PageShell } from '../page-shell.tsx';
import { CsrfField, Flash } from './form-controls.tsx';
import type { PortalSession } from './portal-layout.tsx';
import { portalNavFor } from './portal-nav.ts';

export type { PortalSession };
/** What every portal view takes to show the layout: the route builds it once with portalSessionOf(c). */
export type PortalProps = { portal: PortalSession };
export type PortalPageProps = PortalProps & { title: string; flash?: FlashKey | null; children: Child };

/** The one way to a portal page: who is signed in, a logout button and the menu of their roles, in the shared page shell. */
export function PortalPage({ portal, title, flash, children }: PortalPageProps) {
  const { locale, path } = portal;
  const t = messages(locale);
  const p = portalMessages(locale);
  const items = portalNavFor(portal.roles).map((item) => ({
    href: localePath(locale, item.path),
    label: item.label[locale],
    current: item.path === '/portaal' ? path === '/portaal' : path === item.path || path.startsWith(`${item.path}/`),
  }));
  const logout = (
    <form method="post" action={localePath(locale, '/uitloggen')} class="pps-portal-logout">
      <CsrfField token={portal.csrfToken} />
      <button type="submit" class="utrecht-button utrecht-button--secondary-action pps-portal-logout__button">{p.logout}</button>
    </form>
  );
  return (
    <PageShell
      locale={locale} documentTitle={`${title} | ${p.portalName} | ${t.siteName}`} path={path} noindex
      brand={{ href: localePath(locale, '/portaal'), name: `${t.siteName} · ${p.portalName}`, tagline: p.signedInAs(portal.userName) }}
      actions={logout}
      nav={{ label: p.portalNavLabel, items }}
      footerLinks={[
        { href: localePath(locale, '/'), label: p.toPublicSite },
        { href: localePath(locale, '/toegankelijkheid'), label: t.footerAccessibility },
      ]}
    >
      <Flash text={flash ? portalCommon(locale).flash[flash] : null} />
      {children}
    </PageShell>
  );
}
