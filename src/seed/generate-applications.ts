import { apportion } from '../domain/apportion.ts';
import { PUBLISHED_TOTALS as T, RULES } from './programme-definition.ts';
import type { Random } from './random.ts';

export type Award = { awarded: number; requested: number; totalCosts: number; cofinancing: Record<'bedrijfsleven' | 'onderwijs' | 'overheid' | 'overig', number> };

const THOUSAND = 1_000;
const MAX_SHARE = RULES.find((x) => x.code === 'max_subsidieaandeel')!.value as number;

/**
 * Awards of the honoured applications, calibrated so that the rows add up to the published totals:
 * one lowest award, nine at the maximum, the rest in between; costs and cofinancing split to match.
 */
export function generateAwards(r: Random, count: number): Award[] {
  const lowest = T.lowestAward + r.int(0, 40) * THOUSAND;
  const atMaximum = 9;
  const middleCount = count - atMaximum - 1;
  const middleTotal = T.awarded - atMaximum * T.highestAward - lowest;
  const middle = apportion(middleTotal, Array.from({ length: middleCount }, () => r.between(0.9, 1.1)), THOUSAND);
  const awarded = [lowest, ...middle, ...Array<number>(atMaximum).fill(T.highestAward)];
  for (const a of middle) if (a <= lowest || a > T.highestAward) throw new Error(`middle award ${a} out of range`);

  // Subsidy share of each plan varies around the published 42%.
  const costs = apportion(T.totalCosts, awarded.map((a) => a / r.between(0.36, 0.47)), THOUSAND);
  const cofTotals = awarded.map((a, i) => (costs[i] as number) - a);
  const business = apportion(T.businessCofinancing, cofTotals.map((c) => c * r.between(0.45, 0.68)), THOUSAND);
  return awarded.map((a, i) => {
    const cof = cofTotals[i] as number;
    const biz = business[i] as number;
    if (biz > cof) throw new Error('business cofinancing exceeds total cofinancing');
    const [onderwijs, overheid, overig] = apportion(cof - biz, [r.between(0.4, 0.6), r.between(0.2, 0.4), r.between(0.05, 0.15)], THOUSAND) as [number, number, number];
    // A few plans asked for more than they got, within the programme's maximum subsidy share.
    const headroom = Math.max(0, Math.floor((MAX_SHARE * (costs[i] as number)) / THOUSAND) * THOUSAND - a);
    const requested = a + Math.min(headroom, i === 0 ? 500 * THOUSAND : i === 1 ? 400 * THOUSAND : 0);
    return { awarded: a, requested, totalCosts: costs[i] as number, cofinancing: { bedrijfsleven: biz, onderwijs, overheid, overig } };
  });
}

/** Requests of the applications that were not honoured: together the published total requested, each within the € 9 mln maximum. */
export function generateRejectedRequests(r: Random, honouredRequested: number, count: number): number[] {
  return apportion(T.requested - honouredRequested, Array.from({ length: count }, () => r.between(0.85, 1.15)), THOUSAND);
}
