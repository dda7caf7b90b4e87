import { formatNumber, formatPercent, type Locale } from '../../../domain/format.ts';
import { dashboardMessages } from '../../../i18n/dashboard.ts';
import type { Goal } from '../../../services/dashboard/get-goals.ts';
import { heightFor, horizontalBarOption } from '../../charts/bar-option.ts';
import type { Chart } from '../../charts/chart.ts';

export function goalsChart(goals: Goal[], locale: Locale): Chart {
  const t = dashboardMessages(locale);
  const n = (v: number) => formatNumber(v, locale);
  const name = (g: Goal) => (locale === 'en' ? g.nameEn : g.nameNl);
  const factor = (v: number) => `${formatNumber(v, locale, 1)}x`;
  const rows = goals.map((g) => ({
    indicator: name(g), nulmeting: g.baseline, gerealiseerd: g.realised, jaarRealisatie: g.realisedYear,
    doel: g.target, groeifactor: g.growthFactor, voortgang: g.progress,
  }));
  const lead = goals.find((g) => g.code === 'bedrijven') ?? goals[0];
  return {
    id: 'doelen',
    title: t.goalsTitle,
    summary: lead ? t.goalsSummary(name(lead), n(lead.baseline), n(lead.target), factor(lead.growthFactor ?? 0)) : t.noData,
    columns: [
      { key: 'indicator', label: t.colIndicator },
      { key: 'nulmeting', label: t.colBaseline, numeric: true, format: n },
      { key: 'gerealiseerd', label: t.colRealised, numeric: true, format: n },
      { key: 'jaarRealisatie', label: t.colRealisedYear, numeric: true, format: String },
      { key: 'doel', label: t.colTarget, numeric: true, format: n },
      { key: 'groeifactor', label: t.colFactor, numeric: true, format: factor },
      { key: 'voortgang', label: t.colProgress, numeric: true, format: (v) => formatPercent(v, locale) },
    ],
    rows,
    option: horizontalBarOption(rows.map((r) => r.indicator), [
      { name: t.seriesBaseline, data: goals.map((g) => g.baseline), label: n },
      { name: t.seriesRealised, data: goals.map((g) => g.realised ?? 0), label: n },
      { name: t.seriesTarget, data: goals.map((g) => g.target), label: n },
    ]),
    height: heightFor(rows.length, 90),
  };
}
