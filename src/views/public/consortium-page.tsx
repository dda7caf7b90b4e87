import type { KnowledgeCard } from '../../services/knowledge/public-items.ts';
import { ItemsSection } from './knowledge/items-section.tsx';
import { formatNumber, type Locale } from '../../domain/format.ts';
import { localePath } from '../../i18n/messages.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { ConsortiumBudget } from '../../services/public-consortia/get-consortium-budget.ts';
import type { TargetProgress } from '../../services/public-consortia/get-consortium-progress.ts';
import type { ConsortiumDetail } from '../../services/public-consortia/get-public-consortium.ts';
import type { ConsortiumPartners } from '../../services/public-consortia/list-consortium-partners.ts';
import type { PpsSummary } from '../../services/public-consortia/list-public-pps.ts';
import { IllustrativeNotice } from '../illustrative-notice.tsx';
import { Layout } from '../layout.tsx';
import { Breadcrumbs } from './breadcrumbs.tsx';
import { ConsortiumBudgetSection } from './consortium-budget-section.tsx';
import { ConsortiumFactsList } from './consortium-facts-list.tsx';
import { ConsortiumPartnersSection } from './consortium-partners-section.tsx';
import { ConsortiumTargetsSection } from './consortium-targets-section.tsx';
import { PpsTable } from './pps-table.tsx';
import { NARROW_WIDTH } from '../charts/narrow-chart.ts';
import { LocalisedText } from '../localised-text.tsx';

export type ConsortiumPageProps = {
  locale: Locale; consortium: ConsortiumDetail; pps: PpsSummary[];
  partners: ConsortiumPartners; partnersPage: number; partnersPageSize: number;
  budget: ConsortiumBudget; targets: TargetProgress[];
  /** Knowledge items tagged with this consortium. */
  knowledge?: KnowledgeCard[];
};

export function ConsortiumPage({ locale, consortium: c, pps, partners, partnersPage, partnersPageSize, budget, targets, knowledge }: ConsortiumPageProps) {
  const t = publicConsortiaMessages(locale);
  const path = `/consortia/${c.slug}`;
  return (
    <Layout locale={locale} title={c.name} path={path}>
      <Breadcrumbs locale={locale} items={[{ label: t.consortiaTitle, path: '/consortia' }, { label: c.name }]} />
      <h1 class="utrecht-heading-1">{c.name}</h1>
      <LocalisedText locale={locale} nl={c.description} en={c.descriptionEn} class="utrecht-paragraph utrecht-paragraph--lead" />
      <IllustrativeNotice locale={locale} />
      <ConsortiumFactsList locale={locale} consortium={c} />
      <figure class="pps-small-map">
        {/* The dashboard's province map, filtered to this consortium: its pps'en per province. */}
        {/* Always the narrow drawing: this map is small everywhere, and its text stays 12 px or more. */}
        <img class="pps-chart__image" src={`${localePath(locale, '/dashboard')}/spreiding-smal.svg?consortium=${c.slug}`} width={NARROW_WIDTH}
          height={Math.round(640 * NARROW_WIDTH / 560)} alt={t.smallMapAlt(c.name, c.provinceCodes.length)} />
        <figcaption class="pps-attribution">{t.smallMapCaption}</figcaption>
      </figure>
      <section aria-labelledby="pps">
        <h2 class="utrecht-heading-2" id="pps">{t.ppsSection}</h2>
        <PpsTable locale={locale} caption={t.ppsSectionCaption(c.name, formatNumber(pps.length, locale))} items={pps} showConsortium={false} />
      </section>
      <ConsortiumPartnersSection locale={locale} partners={partners} page={partnersPage} pageSize={partnersPageSize}
        hrefFor={(p) => `${localePath(locale, path)}${p > 1 ? `?partners=${p}` : ''}#partners`} />
      <ConsortiumBudgetSection locale={locale} budget={budget} />
      <ConsortiumTargetsSection locale={locale} targets={targets} />
      {knowledge ? <ItemsSection locale={locale} items={knowledge} /> : null}
      <p class="utrecht-paragraph"><a class="utrecht-link" href={`/api/v1/consortia/${c.id}`}>{t.apiLink}</a></p>
    </Layout>
  );
}
