import type { RuleOutcome } from './outcome.ts';
import { ruleValue, ruleVersion, type RuleSet } from './rule-set.ts';

/** What the rules need to know of an application, whether a draft or submitted. */
export type ApplicationSubject = {
  requestedAmount: number;
  totalCosts: number;
  provinceCount: number;
  /** Kinds of the lead organisation and the partners (onderwijsinstelling, bedrijf, ...). */
  partnerKinds: readonly string[];
};

export function evaluateApplication(set: RuleSet, a: ApplicationSubject): RuleOutcome[] {
  const outcomes: RuleOutcome[] = [];
  const max = ruleValue(set, 'max_toekenning_per_aanvraag');
  if (max !== undefined) {
    outcomes.push({ rule: 'max_toekenning_per_aanvraag', version: ruleVersion(set, 'max_toekenning_per_aanvraag')!, severity: 'fout',
      passed: a.requestedAmount <= max, message: 'rule.application.maxAward', values: { requested: a.requestedAmount, max }, field: 'gevraagdBedrag' });
  }
  const maxShare = ruleValue(set, 'max_subsidieaandeel');
  if (maxShare !== undefined) {
    const share = a.totalCosts > 0 ? a.requestedAmount / a.totalCosts : a.requestedAmount > 0 ? Number.POSITIVE_INFINITY : 0;
    outcomes.push({ rule: 'max_subsidieaandeel', version: ruleVersion(set, 'max_subsidieaandeel')!, severity: 'fout',
      passed: share <= maxShare, message: 'rule.application.subsidyShare',
      values: { requested: a.requestedAmount, total: a.totalCosts, share: Number.isFinite(share) ? share : -1, max: maxShare }, field: 'begroting' });
  }
  const minProvinces = ruleValue(set, 'min_provincies_per_consortium');
  if (minProvinces !== undefined) {
    outcomes.push({ rule: 'min_provincies_per_consortium', version: ruleVersion(set, 'min_provincies_per_consortium')!, severity: 'fout',
      passed: a.provinceCount >= minProvinces, message: 'rule.application.provinces', values: { count: a.provinceCount, min: minProvinces }, field: 'provincies' });
  }
  const kinds = ruleValue(set, 'verplichte_partnertypen');
  if (kinds !== undefined) {
    const missing = kinds.filter((k) => !a.partnerKinds.includes(k));
    outcomes.push({ rule: 'verplichte_partnertypen', version: ruleVersion(set, 'verplichte_partnertypen')!, severity: 'fout',
      passed: missing.length === 0, message: 'rule.application.partnerKinds', values: { missing: missing.join(','), required: kinds.join(',') }, field: 'partners' });
  }
  return outcomes;
}
