import { formatNumber, type Locale } from '../../domain/format.ts';
import { budgetField, budgetVersionField, parseBudgetField, parseTargetField, TARGET_PARTS, targetField, targetVersionField, type TargetPart } from '../../domain/consortia/grid-fields.ts';
import { parseDutchNumber } from '../../domain/reports/parse-number.ts';
import type { FieldProblem } from '../../errors.ts';
import type { BudgetGrid } from '../../services/consortia/get-budget-grid.ts';
import type { ConsortiumTargets } from '../../services/consortia/get-targets.ts';
import type { BudgetLineInput } from '../../services/consortia/upsert-budget-lines.ts';
import type { TargetInput } from '../../services/consortia/update-targets.ts';
import { valueOf, type FormValues } from '../../views/portal/form-controls.tsx';
import { MAX_AMOUNT, MAX_NUMERIC_14_2 } from '../../domain/input/safe-input.ts';

const TOO_LARGE = 'numberTooLarge';

// Multi-row forms: stored rows to form values and back, with a field problem per unreadable cell.
const NOT_A_NUMBER = 'numberInvalid';
const versionOf = (text: string) => (/^[1-9][0-9]*$/.test(text) ? Number(text) : null);

/** Stored amounts as the grid shows them: with the reader's thousands separators (the parser reads them back). */
export function budgetValues(grid: BudgetGrid, locale: Locale = 'nl'): FormValues {
  const values: FormValues = {};
  for (const cell of grid.cells) {
    values[budgetField(cell.actionLineId, cell.year, cell.source)] = locale === 'nl' ? formatNumber(cell.plannedAmount, 'nl') : String(cell.plannedAmount);
    values[budgetVersionField(cell.actionLineId, cell.year, cell.source)] = String(cell.version);
  }
  return values;
}

export function parseBudgetForm(form: FormValues): { lines: BudgetLineInput[]; problems: FieldProblem[] } {
  const lines: BudgetLineInput[] = [];
  const problems: FieldProblem[] = [];
  for (const name of Object.keys(form)) {
    const cell = parseBudgetField(name);
    if (!cell) continue;
    const parsed = parseDutchNumber(valueOf(form, name));
    if (!parsed.ok || (parsed.value !== null && (!Number.isInteger(parsed.value) || parsed.value > MAX_AMOUNT))) {
      problems.push({ name, reason: !parsed.ok ? NOT_A_NUMBER : parsed.value! > MAX_AMOUNT ? TOO_LARGE : 'amountWhole' });
      continue;
    }
    const version = versionOf(valueOf(form, budgetVersionField(cell.actionLineId, cell.year, cell.source)));
    // An emptied cell means no budget: zero.
    lines.push({ ...cell, source: cell.source as BudgetLineInput['source'], plannedAmount: parsed.value ?? 0, version });
  }
  return { lines, problems };
}

export function targetValues(targets: ConsortiumTargets): FormValues {
  const values: FormValues = {};
  for (const row of targets.rows) {
    if (!row.target) continue;
    for (const part of TARGET_PARTS) values[targetField(row.indicatorId, part)] = String(row.target[part]);
    values[targetVersionField(row.indicatorId)] = String(row.target.version);
  }
  return values;
}

export function parseTargetForm(form: FormValues): { targets: TargetInput[]; problems: FieldProblem[] } {
  const byIndicator = new Map<number, Partial<Record<TargetPart, number | null>>>();
  const problems: FieldProblem[] = [];
  for (const name of Object.keys(form)) {
    const field = parseTargetField(name);
    if (!field) continue;
    const parsed = parseDutchNumber(valueOf(form, name));
    if (!parsed.ok) problems.push({ name, reason: NOT_A_NUMBER });
    else if (parsed.value !== null && Math.abs(parsed.value) >= MAX_NUMERIC_14_2) problems.push({ name, reason: TOO_LARGE });
    byIndicator.set(field.indicatorId, { ...byIndicator.get(field.indicatorId), [field.part]: parsed.ok ? parsed.value : null });
  }
  const targets: TargetInput[] = [];
  for (const [indicatorId, parts] of byIndicator) {
    const filled = TARGET_PARTS.filter((p) => parts[p] !== null && parts[p] !== undefined);
    if (filled.length === 0) continue;
    if (filled.length < TARGET_PARTS.length) {
      const missing = TARGET_PARTS.find((p) => !filled.includes(p)) as TargetPart;
      if (!problems.some((p) => p.name === targetField(indicatorId, missing))) problems.push({ name: targetField(indicatorId, missing), reason: 'targetRowIncomplete' });
      continue;
    }
    const [baselineValue, baselineYear, targetValue, targetYear] = TARGET_PARTS.map((p) => parts[p] as number) as [number, number, number, number];
    targets.push({ indicatorId, baselineValue, baselineYear, targetValue, targetYear, version: versionOf(valueOf(form, targetVersionField(indicatorId))) });
  }
  return { targets, problems };
}
