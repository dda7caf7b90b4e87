import type { DashboardFilter } from '../../domain/dashboard/filter.ts';
import type { FieldProblem } from '../../errors.ts';
import { formatMillions, formatNumber, formatPercent, type Locale } from '../../domain/format.ts';
import type { ProgrammeFigures } from '../../domain/programme-figures.ts';
import { dashboardMessages } from '../../i18n/dashboard.ts';
import { localePath, messages } from '../../i18n/messages.ts';
import type { FilterOptions } from '../../services/dashboard/list-filter-options.ts';
import type { Chart } from '../charts/chart.ts';
import { IllustrativeNotice } from '../illustrative-notice.tsx';
import { Layout } from '../layout.tsx';
import { ChartSection } from './chart-section.tsx';
import { ErrorSummary } from '../portal/form-controls.tsx';
import { ActiveFilter, FilterForm } from './filter-form.tsx';

export type DashboardPageProps = {
  locale: Locale; filter: DashboardFilter; query: string; options: FilterOptions;
  figures: ProgrammeFigures; charts: Chart[]; problems?: FieldProblem[];
};

function Figures({ figures: f, locale }: { figures: ProgrammeFigures; locale: Locale }) {
  const t = dashboardMessages(locale);
  const h = messages(locale);
  const m = (v: number | null) => (v === null ? '–' : formatMillions(v, locale));
  return (
    <section class="pps-chart" aria-labelledby="regeling-in-cijfers">
      <h2 class="utrecht-heading-2" id="regeling-in-cijfers">{t.figuresTitle}</h2>
      <ul class="pps-figure-list">
        <li>{m(f.toegekendBedrag)} {h.figAwarded} ({formatPercent(f.aandeelTotaleKosten, locale)} {h.figShareOfCosts})</li>
        <li>{m(f.cofinancieringBedrijfsleven)} {h.figBusiness}</li>
        <li>{formatNumber(f.aantalGehonoreerd, locale)} {h.figHonoured} / {formatNumber(f.aantalAanvragen, locale)} {h.figApplications}</li>
      </ul>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={localePath(locale, '/')}>{t.figuresLink}</a></p>
    </section>
  );
}

export function DashboardPage({ locale, filter, query, options, figures, charts, problems = [] }: DashboardPageProps) {
  const t = dashboardMessages(locale);
  return (
    <Layout locale={locale} title={t.title} path="/dashboard">
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.intro}</p>
      <IllustrativeNotice locale={locale} />
      {problems.length > 0 && <ErrorSummary title={t.errorTitle} message={t.errorIntro} problems={problems} fieldId={(name) => `filter-${name}`} />}
      <FilterForm locale={locale} action="/dashboard" filter={filter} options={options} />
      {problems.length === 0 && <ActiveFilter locale={locale} filter={filter} options={options} />}
      {problems.length === 0 && <Figures figures={figures} locale={locale} />}
      {charts.map((chart) => <ChartSection chart={chart} locale={locale} base={localePath(locale, '/dashboard')} query={query} />)}
      {charts.some((c) => c.id === 'spreiding') && <p class="utrecht-paragraph pps-attribution">{t.mapAttribution}</p>}
    </Layout>
  );
}
