import { budgetField, parseBudgetField } from '../../domain/consortia/grid-fields.ts';
import { formatNumber, type Locale } from '../../domain/format.ts';
import { MAX_AMOUNT } from '../../domain/input/safe-input.ts';
import { parseDutchNumber } from '../../domain/reports/parse-number.ts';
import type { FieldProblem } from '../../errors.ts';
import type { ApplicationView } from '../../services/applications/get-application.ts';
import { valueOf, valuesOf, type FormValues } from '../../views/portal/form-controls.tsx';

// The application form's field names and the use-case's content, both ways. The budget cells use the
// consortium grid's names (begroting.<actielijn>.<jaar>.<bron>), so one parser reads both grids.
export const planField = (actionLineId: number) => `plan.${actionLineId}`;

type Cell = { actionLineId: number; year: number; source: string; amount: number };
export type ApplicationFormContent = {
  title: string; partnerIds: number[]; ppsNames: string[]; provinces: string[]; sectors: string[];
  cells: Cell[]; plans: { actionLineId: number; text: string }[];
};

/** A stored application as the form shows it, amounts with the reader's thousands separators. */
export function applicationValues(a: ApplicationView, locale: Locale): FormValues {
  const values: FormValues = {
    titel: a.title, partners: a.partners.map((p) => String(p.id)), ppsen: a.ppsNames.join('\n'), provincies: a.provinces, sectoren: a.sectors,
  };
  for (const c of a.cells) values[budgetField(c.actionLineId, c.year, c.source)] = locale === 'nl' ? formatNumber(c.amount, 'nl') : String(c.amount);
  for (const p of a.plans) values[planField(p.actionLineId)] = p.text;
  return values;
}

/** The posted form as the use-case's content, with a problem per unreadable amount (the rest is Zod's to judge). */
export function parseApplicationForm(form: FormValues): { content: ApplicationFormContent; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const cells: Cell[] = [];
  const plans: { actionLineId: number; text: string }[] = [];
  for (const name of Object.keys(form)) {
    const cell = parseBudgetField(name);
    if (cell) {
      const parsed = parseDutchNumber(valueOf(form, name));
      if (!parsed.ok || (parsed.value !== null && (!Number.isInteger(parsed.value) || parsed.value > MAX_AMOUNT))) problems.push({ name, reason: 'amountWholeEuros' });
      else if (parsed.value) cells.push({ ...cell, amount: parsed.value });
      continue;
    }
    const plan = /^plan\.(\d{1,9})$/.exec(name);
    if (plan) plans.push({ actionLineId: Number(plan[1]), text: valueOf(form, name) });
  }
  const content: ApplicationFormContent = {
    title: valueOf(form, 'titel'),
    partnerIds: valuesOf(form, 'partners').filter((v) => /^[1-9]\d{0,9}$/.test(v)).map(Number),
    ppsNames: valueOf(form, 'ppsen').split(/\r?\n/).map((s) => s.trim()).filter(Boolean),
    provinces: valuesOf(form, 'provincies'), sectors: valuesOf(form, 'sectoren'), cells, plans,
  };
  return { content, problems };
}

/** A problem on the use-case's content path (cells.3.amount) named as the form field it came from. */
export function formFieldOf(name: string, content: ApplicationFormContent): string {
  const [head, index, leaf] = name.split('.');
  const i = Number(index);
  if (head === 'title') return 'titel';
  if (head === 'partnerIds') return 'partners';
  if (head === 'ppsNames') return 'ppsen';
  if (head === 'provinces') return 'provincies';
  if (head === 'sectors') return 'sectoren';
  if (head === 'cells' && content.cells[i]) { const c = content.cells[i]!; return budgetField(c.actionLineId, c.year, c.source); }
  if (head === 'plans' && content.plans[i] && leaf === 'text') return planField(content.plans[i]!.actionLineId);
  return name;
}
