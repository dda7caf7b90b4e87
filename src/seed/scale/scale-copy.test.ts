import { describe, expect, it } from 'vitest';
import { generateDemo } from '../generate-demo.ts';
import { createRandom } from '../random.ts';
import { scaleCopy } from './scale-copy.ts';

describe('scaleCopy', () => {
  const template = generateDemo();

  it('gives copy k its own ids, slugs and identifiers, and ten years of reports per consortium', () => {
    const first = scaleCopy(template, 0, createRandom(1));
    const third = scaleCopy(template, 2, createRandom(3));
    expect(third.consortia[0]?.id).toBe(2 * template.consortia.length + 1);
    expect(third.pps[0]?.id).toBe(2 * template.pps.length + 1);
    expect(third.consortia[0]?.slug).toBe(`${first.consortia[0]?.slug}-x3`);
    const kvk = new Set([...first.organisations, ...third.organisations].map((o) => o.kvkNumber).filter(Boolean));
    expect(kvk.size).toBe([...first.organisations, ...third.organisations].filter((o) => o.kvkNumber).length);
    expect(third.reports).toHaveLength(template.consortia.length * 10);
    expect(new Set(third.memberships.map((m) => m.organisationId)).size).toBeGreaterThan(0);
    expect(Math.min(...third.memberships.map((m) => m.organisationId))).toBeGreaterThan(2 * template.organisations.length);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = scaleCopy(template, 1, createRandom(5));
    expect(scaleCopy(template, 1, createRandom(5))).toEqual(a);
    expect(scaleCopy(template, 1, createRandom(6)).reportValues).not.toEqual(a.reportValues);
  });

  it('takes only the first consortia of a partial copy, with their networks', () => {
    const part = scaleCopy(template, 0, createRandom(1), 2);
    expect(part.consortia.map((c) => c.id)).toEqual([1, 2]);
    expect(part.pps.every((p) => p.consortiumId === 1 || p.consortiumId === 2)).toBe(true);
    expect(part.budgetLines.every((b) => b.consortiumId <= 2)).toBe(true);
    expect(new Set(part.budgetLines.map((b) => b.year)).size).toBe(10);
  });
});
