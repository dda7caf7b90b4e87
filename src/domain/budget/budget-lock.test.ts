import { describe, expect, it } from 'vitest';
import { REPORT_STATUSES } from '../enums.ts';
import { budgetLockOf, lockedYearsOf, locksBudget } from './budget-lock.ts';

describe('the budget lock of a period', () => {
  it('fixes a year from the report\'s submission: while it is assessed and once approved, not in concept or returned', () => {
    expect(REPORT_STATUSES.filter(locksBudget)).toEqual(['ingediend', 'goedgekeurd']);
  });

  it('says why, per year, and leaves other years free', () => {
    const reports = [{ year: 2024, status: 'goedgekeurd' as const }, { year: 2025, status: 'ingediend' as const }, { year: 2026, status: 'teruggestuurd' as const }];
    expect(budgetLockOf(2024, reports)).toEqual({ reason: 'budgetYearLocked', values: { year: 2024 } });
    expect(budgetLockOf(2025, reports)).toEqual({ reason: 'budgetYearInAssessment', values: { year: 2025 } });
    expect(budgetLockOf(2026, reports)).toBeNull();
    expect(budgetLockOf(2027, reports)).toBeNull();
    expect(lockedYearsOf(reports)).toEqual([2024, 2025]);
  });
});
