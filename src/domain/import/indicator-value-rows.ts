import { parseDutchNumber } from '../reports/parse-number.ts';
import type { ReadProblem, TableRow } from './read-table.ts';
import { MAX_NUMERIC_14_2 } from '../input/safe-input.ts';

// The indicator values import: one value per consortium, year, indicator and (optional) breakdown category.
export const INDICATOR_VALUE_COLUMNS: Record<string, string[]> = {
  consortium: ['consortium-code', 'slug'],
  jaar: ['periode', 'year', 'rapportagejaar'],
  indicator: ['indicatorcode', 'code'],
  uitsplitsing: ['categorie', 'breakdown'],
  waarde: ['aantal', 'value'],
};

export type KnownIndicator = { id: number; code: string; kind: string; disaggregations: { code: string; categories: string[] }[] };
export type IndicatorValueRow = { line: number; consortium: string; year: number; indicatorId: number; breakdown: string; value: number };

/** "mkb" or "omvang:mkb" as the stored breakdown key of this indicator; null when it is not one of its categories. */
export function breakdownOf(indicator: KnownIndicator, text: string): string | null {
  if (text === '' || text.toLowerCase() === 'totaal') return '';
  const [code, category] = text.includes(':') ? text.toLowerCase().split(':') : [undefined, text.toLowerCase()];
  const match = indicator.disaggregations.find((d) => (code === undefined || d.code === code) && d.categories.includes(category ?? ''));
  return match ? `${match.code}:${category}` : null;
}

export function checkIndicatorValueRows(rows: Iterable<TableRow>, indicators: Map<string, KnownIndicator>, problems: ReadProblem[] = []): { valid: IndicatorValueRow[]; problems: ReadProblem[] } {
  const valid: IndicatorValueRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const before = problems.length;
    const year = Number(cells.jaar);
    if (!/^\d{4}$/.test(cells.jaar ?? '')) problems.push({ line, column: 'jaar', code: 'import.reportYear' });
    const indicator = indicators.get((cells.indicator ?? '').toLowerCase());
    if (!indicator) problems.push({ line, column: 'indicator', code: 'import.indicatorUnknown', values: { value: cells.indicator ?? '' } });
    const breakdown = indicator ? breakdownOf(indicator, cells.uitsplitsing ?? '') : '';
    if (indicator && breakdown === null) problems.push({ line, column: 'uitsplitsing', code: 'import.breakdownUnknown', values: { value: cells.uitsplitsing ?? '', indicator: indicator.code } });
    const parsed = parseDutchNumber(cells.waarde);
    if (!parsed.ok || parsed.value === null || parsed.value < 0) problems.push({ line, column: 'waarde', code: 'import.valueNumber' });
    else if (parsed.value >= MAX_NUMERIC_14_2) problems.push({ line, column: 'waarde', code: 'import.valueTooLarge' });
    else if (indicator?.kind === 'aantal' && !Number.isInteger(parsed.value)) problems.push({ line, column: 'waarde', code: 'import.valueWhole' });
    if (!cells.consortium) problems.push({ line, column: 'consortium', code: 'import.consortiumRequired' });
    if (problems.length > before || !indicator || breakdown === null || !parsed.ok || parsed.value === null) continue;
    const key = `${cells.consortium}|${year}|${indicator.id}|${breakdown}`;
    const first = seen.get(key);
    if (first) {
      problems.push({ line, column: 'waarde', code: 'import.valueDuplicate', values: { first } });
      continue;
    }
    seen.set(key, line);
    valid.push({ line, consortium: cells.consortium as string, year, indicatorId: indicator.id, breakdown, value: parsed.value });
  }
  return { valid, problems };
}
