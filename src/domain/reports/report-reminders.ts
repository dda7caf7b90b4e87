import { z } from 'zod';
import { daysUntil } from './report-deadline.ts';

// How many days before a report's deadline its coordinators are reminded: the programme rule below.
export const REMINDER_RULE = 'herinnering_dagen_voor_deadline';
export const ReminderRule = z.number().int().min(0).max(180);

export type ReminderKind = 'reminderDue' | 'reminderOverdue';

/** Which reminder a report not yet submitted calls for on `today`: none before the window, then one, then overdue. */
export function reminderFor(deadline: string, today: string, daysBefore: number): ReminderKind | null {
  const left = daysUntil(deadline, today);
  if (left < 0) return 'reminderOverdue';
  return left <= daysBefore ? 'reminderDue' : null;
}

/** Submitted and approved reports need no reminder; a returned one is back with the coordinator. */
export const needsReminder = (state: string) => state === 'niet_gestart' || state === 'concept' || state === 'teruggestuurd';
