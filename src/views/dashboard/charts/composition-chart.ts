import type { CompositionCategory } from '../../../domain/dashboard/composition.ts';
import { formatNumber, type Locale } from '../../../domain/format.ts';
import { dashboardMessages } from '../../../i18n/dashboard.ts';
import { heightFor, horizontalBarOption } from '../../charts/bar-option.ts';
import type { Chart } from '../../charts/chart.ts';

export function compositionChart(data: { category: CompositionCategory; count: number }[], locale: Locale): Chart {
  const t = dashboardMessages(locale);
  const n = (v: number) => formatNumber(v, locale);
  const total = data.reduce((s, d) => s + d.count, 0);
  const count = (c: string) => data.filter((d) => d.category.startsWith(c)).reduce((s, d) => s + d.count, 0);
  const rows = data.map((d) => ({ categorie: t.categories[d.category] ?? d.category, aantal: d.count }));
  return {
    id: 'samenstelling',
    title: t.compositionTitle,
    summary: t.compositionSummary(n(total), n(count('bedrijf')), n(count('bedrijf-mkb'))),
    columns: [{ key: 'categorie', label: t.colCategory }, { key: 'aantal', label: t.colCount, numeric: true, format: n }],
    rows,
    option: horizontalBarOption(rows.map((r) => r.categorie), [{ name: t.colCount, data: rows.map((r) => r.aantal), label: n }]),
    height: heightFor(rows.length),
  };
}
