import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateApplication } from './application-rules.ts';
import { evaluateBudget, deviation, type BudgetCell } from './budget-rules.ts';
import { failures } from './outcome.ts';
import { ruleSetOn, type RuleVersion } from './rule-set.ts';

const rule = (code: string, value: unknown, version = 1, validFrom = '2023-03-13'): RuleVersion => ({ code, version, value, validFrom, source: null });
const RULES = ruleSetOn([
  rule('max_toekenning_per_aanvraag', 9_000_000), rule('max_subsidieaandeel', 0.5), rule('min_provincies_per_consortium', 1),
  rule('verplichte_partnertypen', ['onderwijsinstelling', 'bedrijf']), rule('begroting_binnen_toekenning', true), rule('drempel_wijzigingsverzoek', 0.25),
], '2026-12-01');
const RUNS = { seed: 20261201, numRuns: 300 };

const kinds = fc.subarray(['onderwijsinstelling', 'bedrijf', 'overheid', 'kennisinstelling']);
const application = fc.record({
  requestedAmount: fc.integer({ min: 0, max: 20_000_000 }),
  totalCosts: fc.integer({ min: 0, max: 60_000_000 }),
  provinceCount: fc.integer({ min: 0, max: 12 }),
  partnerKinds: kinds,
});

describe('evaluateApplication (property)', () => {
  it('names exactly the rules that are broken, with their numbers, and refuses no valid application', () => {
    fc.assert(fc.property(application, (a) => {
      const failed = failures(evaluateApplication(RULES, a));
      const broken = new Set<string>();
      if (a.requestedAmount > 9_000_000) broken.add('max_toekenning_per_aanvraag');
      if (a.requestedAmount > 0.5 * a.totalCosts) broken.add('max_subsidieaandeel');
      if (a.provinceCount < 1) broken.add('min_provincies_per_consortium');
      if (!a.partnerKinds.includes('onderwijsinstelling') || !a.partnerKinds.includes('bedrijf')) broken.add('verplichte_partnertypen');
      expect(new Set(failed.map((f) => f.rule))).toEqual(broken);
      for (const f of failed) {
        if (f.rule === 'max_toekenning_per_aanvraag') expect(f.values).toEqual({ requested: a.requestedAmount, max: 9_000_000 });
        if (f.rule === 'min_provincies_per_consortium') expect(f.values).toEqual({ count: a.provinceCount, min: 1 });
        expect(f.version).toBe(1);
      }
    }), RUNS);
  });
});

const SOURCES = ['ngf_subsidie', 'bedrijfsleven', 'onderwijs'] as const;
const cell = fc.record({ actionLine: fc.constantFrom('AL1', 'AL2', 'AL3'), year: fc.integer({ min: 2024, max: 2026 }), source: fc.constantFrom(...SOURCES), amount: fc.integer({ min: 0, max: 3_000_000 }) });
const grid = fc.uniqueArray(cell, { selector: (c) => `${c.actionLine}|${c.year}|${c.source}`, maxLength: 27 });
const sum = (cells: BudgetCell[], keep: (c: BudgetCell) => boolean = () => true) => cells.filter(keep).reduce((t, c) => t + c.amount, 0);

describe('evaluateBudget (property)', () => {
  it('refuses a budget exactly when the subsidy exceeds the award or the share, or an item or year moves beyond the threshold', () => {
    fc.assert(fc.property(grid, grid, fc.integer({ min: 0, max: 20_000_000 }), (cells, baseline, award) => {
      const failed = failures(evaluateBudget(RULES, { award, cells, baseline }));
      const subsidy = sum(cells, (c) => c.source === 'ngf_subsidie');
      const total = sum(cells);
      expect(failed.some((f) => f.rule === 'begroting_binnen_toekenning')).toBe(subsidy > award);
      expect(failed.some((f) => f.rule === 'max_subsidieaandeel')).toBe(total > 0 && subsidy > 0.5 * total);
      const changes = failed.filter((f) => f.rule === 'drempel_wijzigingsverzoek');
      for (const line of ['AL1', 'AL2', 'AL3']) {
        const moved = deviation(sum(cells, (c) => c.actionLine === line), sum(baseline, (c) => c.actionLine === line)) > 0.25;
        expect(changes.some((f) => f.values.actionLine === line)).toBe(moved);
      }
      for (const f of failed.filter((x) => x.rule === 'begroting_binnen_toekenning')) expect(f.values).toEqual({ subsidy, award });
    }), RUNS);
  });

  it('never refuses an unchanged budget within its award and share', () => {
    fc.assert(fc.property(grid, (cells) => {
      const subsidy = sum(cells, (c) => c.source === 'ngf_subsidie');
      fc.pre(subsidy <= 0.5 * sum(cells));
      expect(failures(evaluateBudget(RULES, { award: subsidy, cells, baseline: cells }))).toEqual([]);
    }), RUNS);
  });
});

describe('ruleSetOn', () => {
  it('takes the highest version valid on the date and ignores values that do not fit the rule', () => {
    const set = ruleSetOn([rule('max_subsidieaandeel', 0.5, 1, '2023-01-01'), rule('max_subsidieaandeel', 0.4, 2, '2027-01-01'), rule('drempel_wijzigingsverzoek', 'veel')], '2026-12-01');
    expect(set.versions.get('max_subsidieaandeel')?.version).toBe(1);
    expect(set.versions.has('drempel_wijzigingsverzoek')).toBe(false);
    expect(ruleSetOn([rule('max_subsidieaandeel', 0.5, 1, '2023-01-01'), rule('max_subsidieaandeel', 0.4, 2, '2027-01-01')], '2027-01-01').versions.get('max_subsidieaandeel')?.version).toBe(2);
  });
});
