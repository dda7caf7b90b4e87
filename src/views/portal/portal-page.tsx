import type { Child } from 'hono/jsx';
import type { Locale } from '../../domain/format.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { Layout } from '../layout.tsx';
import { Flash } from './form-controls.tsx';

// Simple wrapper until the portal layout (login branch) is merged; then only this file switches layout.
export type PortalPageProps = { locale: Locale; title: string; path: string; flash?: FlashKey | null; children: Child };

export function PortalPage({ locale, title, path, flash, children }: PortalPageProps) {
  const t = portalCommon(locale);
  return (
    <Layout locale={locale} title={title} path={path}>
      <Flash text={flash ? t.flash[flash] : null} />
      {children}
    </Layout>
  );
}
