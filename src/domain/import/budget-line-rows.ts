import { FUNDING_SOURCES } from '../enums.ts';
import { parseEuroAmount } from './parse-amount.ts';
import { normalise, type ReadProblem, type TableRow } from './read-table.ts';

// The budget lines import: planned amount per consortium, action line, year and funding source.
// It also reads our own export (/downloads/begrotingen.csv), where the consortium is named rather than coded.
export const BUDGET_LINE_COLUMNS: Record<string, string[]> = {
  consortium: ['consortium-code', 'slug', 'consortium.name', 'consortium.naam'],
  actielijn: ['actielijncode', 'action line', 'actionLine', 'actionLine.code', 'actielijn.code'],
  jaar: ['begrotingsjaar', 'year'],
  bron: ['financieringsbron', 'source', 'financiering'],
  bedrag: ['begroot', 'gepland', 'planned', 'plannedAmount', 'bedrag (€)', 'bedrag in euro'],
  _export: ['id', 'consortium.id', 'actionLine.nameNl', 'realisedAmount', 'isIllustrative', 'actielijn.naam', 'gerealiseerd', 'voorbeelddata'],
};
export const BUDGET_LINE_REQUIRED = ['consortium', 'actielijn', 'jaar', 'bron', 'bedrag'];

export type FundingSource = (typeof FUNDING_SOURCES)[number];
export type KnownActionLine = { id: number; code: string; nameNl: string };
export type BudgetLineRow = { line: number; consortium: string; actionLineId: number; year: number; source: FundingSource; amount: number };

const key = normalise;

// How spreadsheets name the sources; the stored codes are accepted as well.
const SOURCE_NAMES: Record<string, FundingSource> = Object.fromEntries([
  ...FUNDING_SOURCES.map((s) => [key(s), s] as const),
  ...(['subsidie', 'ngf', 'ngfsubsidie', 'nationaalgroeifonds', 'groeifonds'] as const).map((n) => [n, 'ngf_subsidie'] as const),
  ['bedrijven', 'bedrijfsleven'], ['onderwijsinstellingen', 'onderwijs'], ['overheden', 'overheid'], ['publiek', 'overheid'], ['overige', 'overig'],
]);

/** "AL1", "1" or the Dutch name of an action line; null when none matches. */
export function actionLineOf(lines: KnownActionLine[], text: string): KnownActionLine | null {
  const k = key(text);
  return lines.find((l) => key(l.code) === k || key(l.code) === `al${k}` || key(l.nameNl) === k) ?? null;
}

/** Validates each row on its own and finds rows that name the same budget line twice. */
export function checkBudgetLineRows(rows: Iterable<TableRow>, lines: KnownActionLine[], problems: ReadProblem[] = []): { valid: BudgetLineRow[]; problems: ReadProblem[] } {
  const valid: BudgetLineRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const before = problems.length;
    if (!cells.consortium) problems.push({ line, column: 'consortium', code: 'import.consortiumRequired' });
    const actionLine = actionLineOf(lines, cells.actielijn ?? '');
    if (!actionLine) problems.push({ line, column: 'actielijn', code: 'import.actionLineUnknown', values: { value: cells.actielijn ?? '', codes: lines.map((l) => l.code).join(', ') } });
    if (!/^\d{4}$/.test(cells.jaar ?? '')) problems.push({ line, column: 'jaar', code: 'import.budgetYear' });
    const source = SOURCE_NAMES[key(cells.bron ?? '')];
    if (!source) problems.push({ line, column: 'bron', code: 'import.sourceUnknown', values: { value: cells.bron ?? '' } });
    const amount = parseEuroAmount(cells.bedrag);
    if (!amount.ok) problems.push({ line, column: 'bedrag', code: amount.code, ...(amount.values && { values: amount.values }) });
    if (problems.length > before || !actionLine || !source || !amount.ok) continue;
    const id = `${cells.consortium}|${actionLine.id}|${cells.jaar}|${source}`;
    const first = seen.get(id);
    if (first) {
      problems.push({ line, column: 'bedrag', code: 'import.budgetLineDuplicate', values: { first } });
      continue;
    }
    seen.set(id, line);
    valid.push({ line, consortium: cells.consortium!, actionLineId: actionLine.id, year: Number(cells.jaar), source, amount: amount.value });
  }
  return { valid, problems };
}
