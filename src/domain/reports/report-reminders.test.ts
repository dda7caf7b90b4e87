import { describe, expect, it } from 'vitest';
import { needsReminder, reminderFor } from './report-reminders.ts';

describe('report reminders', () => {
  it('reminds nothing before the window, once within it (deadline day included) and overdue after it', () => {
    expect(reminderFor('2026-03-31', '2026-03-16', 14)).toBeNull();
    expect(reminderFor('2026-03-31', '2026-03-17', 14)).toBe('reminderDue');
    expect(reminderFor('2026-03-31', '2026-03-31', 14)).toBe('reminderDue');
    expect(reminderFor('2026-03-31', '2026-04-01', 14)).toBe('reminderOverdue');
    expect(reminderFor('2026-03-31', '2026-03-30', 0)).toBeNull();
  });

  it('reminds only about reports still with the coordinator', () => {
    expect(['niet_gestart', 'concept', 'teruggestuurd', 'ingediend', 'goedgekeurd'].filter(needsReminder)).toEqual(['niet_gestart', 'concept', 'teruggestuurd']);
  });
});
