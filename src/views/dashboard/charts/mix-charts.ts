import { formatNumber, type Locale } from '../../../domain/format.ts';
import { dashboardMessages } from '../../../i18n/dashboard.ts';
import type { CodeCount, ConsortiumLevels } from '../../../services/dashboard/get-sectors-and-levels.ts';
import { heightFor, horizontalBarOption } from '../../charts/bar-option.ts';
import type { Chart } from '../../charts/chart.ts';

function codeCountChart(id: string, data: CodeCount[], locale: Locale, title: string, col: string, series: string, summary: (top: string, n: string) => string): Chart {
  const t = dashboardMessages(locale);
  const n = (v: number) => formatNumber(v, locale);
  // Our sector and discipline codes are our own code list, not CBS codes: the table names them only.
  const rows = data.map((d) => ({ naam: locale === 'en' ? d.nameEn : d.nameNl, aantal: d.count }));
  const top = rows[0];
  return {
    id, title,
    summary: top ? summary(top.naam, n(top.aantal)) : t.noData,
    columns: [{ key: 'naam', label: col }, { key: 'aantal', label: series, numeric: true, format: n }],
    rows,
    option: horizontalBarOption(rows.map((r) => r.naam), [{ name: series, data: rows.map((r) => r.aantal), label: n }]),
    height: heightFor(rows.length),
  };
}

export function sectorsChart(data: CodeCount[], locale: Locale): Chart {
  const t = dashboardMessages(locale);
  return codeCountChart('sectoren', data, locale, t.sectorsTitle, t.colSector, t.seriesConsortia, t.sectorsSummary);
}

export function disciplinesChart(data: CodeCount[], locale: Locale): Chart {
  const t = dashboardMessages(locale);
  return codeCountChart('disciplines', data, locale, t.disciplinesTitle, t.colDiscipline, t.seriesPps, t.disciplinesSummary);
}

/** Above this many consortia the page's table counts them per number of levels; the downloads list each. */
export const LEVELS_TABLE_LIMIT = 100;

/** Consortia per number of education levels, with each consortium's levels in the table. */
export function levelsChart(data: ConsortiumLevels[], locale: Locale): Chart {
  const t = dashboardMessages(locale);
  const perCount = new Map<number, number>();
  for (const c of data) perCount.set(c.levels.length, (perCount.get(c.levels.length) ?? 0) + 1);
  const rows = data.map((c) => ({ consortium: c.name, niveaus: c.levels.join(', '), aantalNiveaus: c.levels.length }));
  const n = (v: number) => formatNumber(v, locale);
  return {
    ...levelsCountChart(perCount, locale),
    columns: [{ key: 'consortium', label: t.colConsortium }, { key: 'niveaus', label: t.colLevels }, { key: 'aantalNiveaus', label: t.colLevelCount, numeric: true, format: n }],
    rows,
  };
}

/**
 * The same chart from consortia counted per number of levels (precomputed per scope): what the page shows when
 * there are more than LEVELS_TABLE_LIMIT of them, without reading each consortium. Its table rows are the downloads'.
 */
export function levelsCountChart(perCount: Map<number, number>, locale: Locale): Chart {
  const t = dashboardMessages(locale);
  const n = (v: number) => formatNumber(v, locale);
  const total = [...perCount.values()].reduce((sum, v) => sum + v, 0);
  const multi = [...perCount].reduce((sum, [levels, v]) => sum + (levels >= 2 ? v : 0), 0);
  const buckets = [1, 2, 3, 4].map((k) => perCount.get(k) ?? 0);
  const label = (k: number) => (locale === 'en' ? `${k} level${k > 1 ? 's' : ''}` : `${k} niveau${k > 1 ? 's' : ''}`);
  return {
    id: 'niveaus',
    title: t.levelsTitle,
    summary: total ? t.levelsSummary(n(multi), n(total)) : t.noData,
    columns: [],
    rows: [],
    option: horizontalBarOption([1, 2, 3, 4].map(label), [{ name: t.seriesConsortia, data: buckets, label: n }]),
    overview: total > LEVELS_TABLE_LIMIT ? {
      note: t.levelsOverview(n(total)),
      columns: [{ key: 'niveaus', label: t.colLevelCount }, { key: 'consortia', label: t.colConsortiaCount, numeric: true, format: n }],
      rows: buckets.map((count, i) => ({ niveaus: label(i + 1), consortia: count })),
    } : undefined,
    height: heightFor(4),
  };
}
