import type { Locale } from '../../domain/format.ts';
import { portalCommon } from '../../i18n/portal-common.ts';
import { paths } from './portal-paths.ts';

export type ConsortiumSection = 'profile' | 'pps' | 'budget' | 'targets' | 'reports';

/** The sections a coordinator maintains, with the current one marked for screen readers too. */
export function ConsortiumNav({ locale, consortiumId, current }: { locale: Locale; consortiumId: number; current: ConsortiumSection }) {
  const t = portalCommon(locale);
  const items: [ConsortiumSection, string, string][] = [
    ['profile', t.navProfile, paths.profile(consortiumId)], ['pps', t.navPps, paths.ppsList(consortiumId)],
    ['budget', t.navBudget, paths.budget(consortiumId)], ['targets', t.navTargets, paths.targets(consortiumId)],
    ['reports', t.navReports, paths.reports(consortiumId)],
  ];
  return (
    <nav class="pps-subnav" aria-label={t.sectionNavLabel}>
      <ul class="pps-subnav__list">
        {items.map(([key, label, href]) => (
          <li class="pps-subnav__item"><a class="utrecht-link pps-subnav__link" href={href} aria-current={key === current ? 'page' : undefined}>{label}</a></li>
        ))}
      </ul>
    </nav>
  );
}
