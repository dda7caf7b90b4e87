import { describe, expect, it } from 'vitest';
import { REPORT_STATUSES } from '../enums.ts';
import { availableActions, countsInFigures, isEditable, isLocked, nextReportState, reportingPeriods, roleForAction } from './report-workflow.ts';

describe('report workflow', () => {
  it('goes concept → ingediend → goedgekeurd', () => {
    expect(nextReportState('concept', 'submit')).toBe('ingediend');
    expect(nextReportState('ingediend', 'approve')).toBe('goedgekeurd');
  });

  it('returns a submitted report; editing it makes it a concept again, or it can be submitted directly', () => {
    expect(nextReportState('ingediend', 'return')).toBe('teruggestuurd');
    expect(nextReportState('teruggestuurd', 'save')).toBe('concept');
    expect(nextReportState('teruggestuurd', 'submit')).toBe('ingediend');
  });

  it('refuses every action on an approved report: the period is locked', () => {
    for (const action of ['save', 'submit', 'approve', 'return'] as const) expect(nextReportState('goedgekeurd', action)).toBeNull();
    expect(isLocked('goedgekeurd')).toBe(true);
    expect(REPORT_STATUSES.filter(isLocked)).toEqual(['goedgekeurd']);
  });

  it('refuses edits and a second submit while the office reviews', () => {
    expect(nextReportState('ingediend', 'save')).toBeNull();
    expect(nextReportState('ingediend', 'submit')).toBeNull();
    expect(nextReportState('concept', 'approve')).toBeNull();
    expect(REPORT_STATUSES.filter(isEditable)).toEqual(['concept', 'teruggestuurd']);
  });

  it('gives coordinators the editing actions and the office the review actions', () => {
    expect(roleForAction('submit')).toBe('coordinator');
    expect(roleForAction('approve')).toBe('programmabureau');
    expect(availableActions('ingediend', 'programmabureau')).toEqual(['approve', 'return']);
    expect(availableActions('ingediend', 'coordinator')).toEqual([]);
    expect(availableActions('teruggestuurd', 'coordinator')).toEqual(['save', 'submit']);
  });

  it('counts only approved values', () => {
    expect(REPORT_STATUSES.filter(countsInFigures)).toEqual(['goedgekeurd']);
  });

  it('lists yearly periods from the start year up to the current year, capped at the end', () => {
    expect(reportingPeriods(2023, 2027, 2025)).toEqual([2023, 2024, 2025]);
    expect(reportingPeriods(2023, 2027, 2030)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(reportingPeriods(2023, 2027, 2022)).toEqual([]);
  });
});
