import { describe, expect, it } from 'vitest';
import { describeOutcome } from '../../i18n/rules.ts';
import { failures, signals } from './outcome.ts';
import { evaluateReport, evaluateReportingPeriod, reportingOpensOn } from './report-rules.ts';
import { ruleSetOn } from './rule-set.ts';

const set = (windowDays: number) => ruleSetOn([
  { code: 'rapportagevenster_dagen', version: 1, value: windowDays, validFrom: '2023-01-01', source: null },
  { code: 'verplichte_rapportagevelden', version: 1, value: { indicatoren: ['studenten'], realisatie: true }, validFrom: '2023-01-01', source: null },
], '2026-12-01');

describe('report rules', () => {
  it('opens a period the day after it ends, or earlier by the office’s window', () => {
    expect(reportingOpensOn(2026, 0)).toBe('2027-01-01');
    expect(reportingOpensOn(2026, 31)).toBe('2026-12-01');
    expect(evaluateReportingPeriod(set(0), 2026, '2026-12-01').passed).toBe(false);
    expect(evaluateReportingPeriod(set(31), 2026, '2026-12-01').passed).toBe(true);
    expect(describeOutcome(evaluateReportingPeriod(set(0), 2026, '2026-12-01'), 'nl')).toBe('Over 2026 kan pas worden gerapporteerd vanaf 1 januari 2027.');
    expect(describeOutcome(evaluateReportingPeriod(set(0), 2026, '2026-12-01'), 'en')).toBe('Reporting on 2026 opens on 1 January 2027.');
  });

  it('requires the named figures and every money cell; 0 is a value, empty is not', () => {
    const outcomes = evaluateReport(set(0), { periodYear: 2025, today: '2026-02-01',
      indicators: [{ field: 'waarde.1.totaal', indicator: 'studenten', value: 0 }, { field: 'waarde.2.totaal', indicator: 'docenten', value: null }],
      money: [{ field: 'realisatie.1.ngf_subsidie', value: 0 }, { field: 'realisatie.1.onderwijs', value: null }] });
    expect(failures(outcomes).map((o) => o.field)).toEqual(['realisatie.1.onderwijs']);
  });

  it('signals a value copied unchanged from last year without refusing it', () => {
    const outcomes = evaluateReport(set(0), { periodYear: 2025, today: '2026-02-01',
      indicators: [{ field: 'waarde.1.totaal', indicator: 'studenten', value: 1200, previous: 1200 }, { field: 'waarde.2.totaal', value: 5, previous: 4 }], money: [] });
    expect(failures(outcomes)).toEqual([]);
    expect(signals(outcomes).map((o) => [o.field, o.message])).toEqual([['waarde.1.totaal', 'rule.report.copied']]);
  });
});

describe('wording', () => {
  it('words the maximum award with its numbers in both languages', () => {
    const o = { message: 'rule.application.maxAward', values: { requested: 9_400_000, max: 9_000_000 } };
    expect(describeOutcome(o, 'nl')).toBe('De gevraagde subsidie is € 9,4 mln; het maximum per aanvraag is € 9 mln.');
    expect(describeOutcome(o, 'en')).toBe('The requested grant is €9.4m; the maximum per application is €9m.');
  });
});
