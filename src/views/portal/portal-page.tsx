import type { Child } from 'hono/jsx';
import { useContext } from 'hono/jsx';
import type { Locale } from '../../domain/format.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { Layout } from '../layout.tsx';
import { Flash } from './form-controls.tsx';
import { PortalContext } from './portal-context.ts';
import { PortalLayout } from './portal-layout.tsx';

export type PortalPageProps = { locale: Locale; title: string; path: string; flash?: FlashKey | null; children: Child };

/** The one way to a portal page: the portal layout inside /portaal (from PortalContext), else the public layout. */
export function PortalPage({ locale, title, path, flash, children }: PortalPageProps) {
  const t = portalCommon(locale);
  const session = useContext(PortalContext);
  const body = (
    <>
      <Flash text={flash ? t.flash[flash] : null} />
      {children}
    </>
  );
  if (session) return <PortalLayout session={session} title={title}>{body}</PortalLayout>;
  return <Layout locale={locale} title={title} path={path}>{body}</Layout>;
}
