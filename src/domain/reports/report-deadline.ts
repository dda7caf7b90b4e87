import { z } from 'zod';

// When the report over a year is due: a programme rule (`rapportagetermijn`) says the month and day of the next year.
export const REPORT_DEADLINE_RULE = 'rapportagetermijn';
export const ReportDeadlineRule = z.object({ maand: z.number().int().min(1).max(12), dag: z.number().int().min(1).max(31) });
export type ReportDeadlineRule = z.infer<typeof ReportDeadlineRule>;

/** The deadline (ISO date) of the report over `periodYear`. */
export function reportDeadline(periodYear: number, rule: ReportDeadlineRule): string {
  return `${periodYear + 1}-${String(rule.maand).padStart(2, '0')}-${String(rule.dag).padStart(2, '0')}`;
}

/** Whole days from `today` (ISO date) to `deadline` (ISO date); negative once it has passed. */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** A period is due once its year has ended, until the report is submitted (returned reports are their own task). */
export const isDuePeriod = (periodYear: number, state: string, today: string) =>
  periodYear < Number(today.slice(0, 4)) && (state === 'niet_gestart' || state === 'concept');
