import type { RuleOutcome } from './outcome.ts';
import { ruleValue, ruleVersion, type RuleSet } from './rule-set.ts';

/** One reported figure: null is an empty field, 0 is a value. */
export type ReportFigure = { field: string; indicator?: string; value: number | null; previous?: number | null };

export type ReportSubject = {
  periodYear: number;
  /** Today, ISO date: the domain has no clock. */
  today: string;
  indicators: readonly ReportFigure[];
  money: readonly ReportFigure[];
};

const DAY_MS = 86_400_000;

/** The first day a report over the period may be started: the day after the period, or earlier by the window. */
export function reportingOpensOn(periodYear: number, windowDays: number): string {
  const dayAfter = Date.UTC(periodYear + 1, 0, 1);
  return new Date(dayAfter - windowDays * DAY_MS).toISOString().slice(0, 10);
}

/** May a report over this period be started or submitted today? */
export function evaluateReportingPeriod(set: RuleSet, periodYear: number, today: string): RuleOutcome {
  const window = ruleValue(set, 'rapportagevenster_dagen') ?? 0;
  const opensOn = reportingOpensOn(periodYear, window);
  return { rule: 'rapportagevenster_dagen', version: ruleVersion(set, 'rapportagevenster_dagen') ?? 0, severity: 'fout',
    passed: today >= opensOn, message: 'rule.report.periodOpen', values: { year: periodYear, opensOn } };
}

/** At submission: the period is open, the required figures hold a value; unchanged copies of last year are signalled. */
export function evaluateReport(set: RuleSet, r: ReportSubject): RuleOutcome[] {
  const outcomes: RuleOutcome[] = [evaluateReportingPeriod(set, r.periodYear, r.today)];
  const required = ruleValue(set, 'verplichte_rapportagevelden');
  if (required) {
    const version = ruleVersion(set, 'verplichte_rapportagevelden')!;
    const mustFill = [
      ...r.indicators.filter((f) => f.indicator !== undefined && required.indicatoren.includes(f.indicator)),
      ...(required.realisatie ? r.money : []),
    ];
    for (const f of mustFill) {
      if (f.value === null) outcomes.push({ rule: 'verplichte_rapportagevelden', version, severity: 'fout', passed: false, message: 'rule.report.required', values: {}, field: f.field });
    }
    if (!outcomes.some((o) => o.rule === 'verplichte_rapportagevelden')) {
      outcomes.push({ rule: 'verplichte_rapportagevelden', version, severity: 'fout', passed: true, message: 'rule.report.required', values: { count: mustFill.length } });
    }
  }
  for (const f of r.indicators) {
    if (f.value !== null && f.value > 0 && f.previous !== undefined && f.previous !== null && f.value === f.previous) {
      outcomes.push({ rule: 'verplichte_rapportagevelden', version: ruleVersion(set, 'verplichte_rapportagevelden') ?? 0, severity: 'signaal',
        passed: false, message: 'rule.report.copied', values: { value: f.value, year: r.periodYear - 1 }, field: f.field });
    }
  }
  return outcomes;
}
