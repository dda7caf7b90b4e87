import type { Child } from 'hono/jsx';
import { useContext } from 'hono/jsx';
import type { Locale } from '../../domain/format.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { Layout } from '../layout.tsx';
import { Flash } from './form-controls.tsx';
import { PortalContext } from './portal-context.ts';
import { PortalLayout } from './portal-layout.tsx';

export type PortalPageProps = { locale: Locale; title: string; path: string; flash?: FlashKey | null; children: Child };

/** A maintenance or report page: in the portal layout when rendered inside /portaal, else the public layout (tests). */
export function PortalPage({ locale, title, path, flash, children }: PortalPageProps) {
  const t = portalCommon(locale);
  const page = useContext(PortalContext);
  const body = (
    <>
      <Flash text={flash ? t.flash[flash] : null} />
      {children}
    </>
  );
  if (page) return <PortalLayout page={page} title={title}>{body}</PortalLayout>;
  return <Layout locale={locale} title={title} path={path}>{body}</Layout>;
}
