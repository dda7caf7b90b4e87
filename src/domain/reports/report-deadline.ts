import { z } from 'zod';

// When the report over a year is due: the programme rule `rapportage_deadline_maanden` gives the months after the year ends.
export const REPORT_DEADLINE_RULE = 'rapportage_deadline_maanden';
export const ReportDeadlineRule = z.number().int().min(0).max(24);
export type ReportDeadlineRule = z.infer<typeof ReportDeadlineRule>;

/** The deadline (ISO date) of the report over `periodYear`: the last day of the month `months` after the year. */
export function reportDeadline(periodYear: number, months: ReportDeadlineRule): string {
  return new Date(Date.UTC(periodYear + 1, months, 0)).toISOString().slice(0, 10);
}

/** Whole days from `today` (ISO date) to `deadline` (ISO date); negative once it has passed. */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** A period is due once its year has ended, until the report is submitted (returned reports are their own task). */
export const isDuePeriod = (periodYear: number, state: string, today: string) =>
  periodYear < Number(today.slice(0, 4)) && (state === 'niet_gestart' || state === 'concept');
