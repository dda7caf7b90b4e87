import { describe, expect, it } from 'vitest';
import { daysUntil, isDuePeriod, reportDeadline } from './report-deadline.ts';

describe('report deadline', () => {
  it('falls on the last day of the month the rule names after the year of the period', () => {
    expect(reportDeadline(2025, 3)).toBe('2026-03-31');
    expect(reportDeadline(2025, 0)).toBe('2025-12-31');
    expect(reportDeadline(2023, 2)).toBe('2024-02-29');
  });

  it('counts whole days, negative once passed', () => {
    expect(daysUntil('2026-04-01', '2026-03-25')).toBe(7);
    expect(daysUntil('2026-04-01', '2026-04-01')).toBe(0);
    expect(daysUntil('2026-04-01', '2026-04-03')).toBe(-2);
  });

  it('makes a period due after its year until the report is submitted', () => {
    expect(isDuePeriod(2025, 'niet_gestart', '2026-01-10')).toBe(true);
    expect(isDuePeriod(2025, 'concept', '2026-01-10')).toBe(true);
    expect(isDuePeriod(2025, 'ingediend', '2026-01-10')).toBe(false);
    expect(isDuePeriod(2026, 'concept', '2026-06-10')).toBe(false);
  });
});
