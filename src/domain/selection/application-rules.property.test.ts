import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateApplication, failures, ruleSetOn, type ApplicationSubject, type RuleVersion } from '../rules/index.ts';

const KINDS = ['onderwijsinstelling', 'bedrijf', 'overheid', 'kennisinstelling'];
const row = (code: string, value: unknown): RuleVersion => ({ code, version: 1, value, validFrom: '2023-01-01', source: null });

const rules = fc.record({
  max: fc.option(fc.integer({ min: 1, max: 12_000_000 }), { nil: undefined }),
  share: fc.option(fc.double({ min: 0.05, max: 1, noNaN: true }), { nil: undefined }),
  provinces: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  kinds: fc.option(fc.subarray(KINDS, { maxLength: 3 }), { nil: undefined }),
});
const subject: fc.Arbitrary<ApplicationSubject> = fc.record({
  requestedAmount: fc.integer({ min: 0, max: 12_000_000 }),
  totalCosts: fc.integer({ min: 0, max: 40_000_000 }),
  provinceCount: fc.integer({ min: 0, max: 12 }),
  partnerKinds: fc.subarray(KINDS),
});

type Rules = { max?: number; share?: number; provinces?: number; kinds?: string[] };
const setOf = (r: Rules) => ruleSetOn([
  ...(r.max === undefined ? [] : [row('max_toekenning_per_aanvraag', r.max)]),
  ...(r.share === undefined ? [] : [row('max_subsidieaandeel', r.share)]),
  ...(r.provinces === undefined ? [] : [row('min_provincies_per_consortium', r.provinces)]),
  ...(r.kinds === undefined ? [] : [row('verplichte_partnertypen', r.kinds)]),
], '2023-03-20');

/** The rules broken, judged independently of the engine. */
function broken(r: Rules, a: ApplicationSubject): string[] {
  const out: string[] = [];
  if (r.max !== undefined && a.requestedAmount > r.max) out.push('max_toekenning_per_aanvraag');
  if (r.share !== undefined && (a.totalCosts === 0 ? a.requestedAmount > 0 : a.requestedAmount / a.totalCosts > r.share)) out.push('max_subsidieaandeel');
  if (r.provinces !== undefined && a.provinceCount < r.provinces) out.push('min_provincies_per_consortium');
  if (r.kinds !== undefined && r.kinds.some((k) => !a.partnerKinds.includes(k))) out.push('verplichte_partnertypen');
  return out.sort();
}

describe('evaluateApplication on random applications and rules', () => {
  it('reports exactly the rules really broken, each with its own numbers', () => {
    fc.assert(fc.property(rules, subject, (r, a) => {
      const failed = failures(evaluateApplication(setOf(r), a));
      expect(failed.map((f) => f.rule).sort()).toEqual(broken(r, a));
      for (const f of failed) {
        if (f.rule === 'max_toekenning_per_aanvraag') expect(f.values).toEqual({ requested: a.requestedAmount, max: r.max });
        if (f.rule === 'min_provincies_per_consortium') expect(f.values).toEqual({ count: a.provinceCount, min: r.provinces });
        if (f.rule === 'max_subsidieaandeel') expect(f.values).toMatchObject({ requested: a.requestedAmount, total: a.totalCosts, max: r.share });
        if (f.rule === 'verplichte_partnertypen') expect(String(f.values.missing).split(',').sort()).toEqual(r.kinds!.filter((k) => !a.partnerKinds.includes(k)).sort());
      }
    }), { numRuns: 500 });
  });

  it('refuses no application that keeps every rule', () => {
    const valid = fc.tuple(rules, subject).map(([r, a]): [Rules, ApplicationSubject] => {
      const totalCosts = Math.max(a.totalCosts, 1);
      const cap = Math.min(r.max ?? Infinity, Math.floor((r.share ?? 1) * totalCosts));
      return [r, { requestedAmount: Math.min(a.requestedAmount, cap), totalCosts, provinceCount: Math.max(a.provinceCount, r.provinces ?? 0), partnerKinds: [...new Set([...a.partnerKinds, ...(r.kinds ?? [])])] }];
    });
    fc.assert(fc.property(valid, ([r, a]) => {
      expect(failures(evaluateApplication(setOf(r), a))).toEqual([]);
    }), { numRuns: 500 });
  });
});
