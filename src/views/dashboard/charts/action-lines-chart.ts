import { formatMillionsShort, formatPercent, type Locale } from '../../../domain/format.ts';
import { dashboardMessages } from '../../../i18n/dashboard.ts';
import type { ActionLineBudget } from '../../../services/dashboard/get-budget-by-action-line.ts';
import { heightFor, horizontalBarOption } from '../../charts/bar-option.ts';
import type { Chart } from '../../charts/chart.ts';

export function actionLinesChart(lines: ActionLineBudget[], locale: Locale): Chart {
  const t = dashboardMessages(locale);
  const euro = (v: number) => formatMillionsShort(v, locale);
  const name = (l: ActionLineBudget) => `${l.code} ${locale === 'en' ? l.nameEn : l.nameNl}`;
  const rows = lines.map((l) => ({ actielijn: name(l), subsidie: l.subsidy, cofinanciering: l.cofinancing, totaal: l.total, aandeel: l.share }));
  const top = [...lines].sort((a, b) => b.total - a.total)[0];
  return {
    id: 'actielijnen',
    title: t.actionLinesTitle,
    summary: top ? t.actionLinesSummary(name(top), formatPercent(top.share, locale)) : t.noData,
    columns: [
      { key: 'actielijn', label: t.colActionLine },
      { key: 'subsidie', label: t.colSubsidy, numeric: true, format: euro },
      { key: 'cofinanciering', label: t.colCofinancing, numeric: true, format: euro },
      { key: 'totaal', label: t.colTotal, numeric: true, format: euro },
      { key: 'aandeel', label: t.colShare, numeric: true, format: (v) => formatPercent(v, locale) },
    ],
    rows,
    option: horizontalBarOption(rows.map((r) => r.actielijn), [
      { name: t.seriesSubsidy, data: lines.map((l) => l.subsidy), stack: 'budget', label: euro },
      { name: t.seriesCofinancing, data: lines.map((l) => l.cofinancing), stack: 'budget', label: euro },
    ]),
    height: heightFor(rows.length, 44),
  };
}
