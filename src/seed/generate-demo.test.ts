import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate-demo.ts';

describe('generateDemo', () => {
  it('is deterministic: the same seed gives the same programme', () => {
    expect(JSON.stringify(generateDemo(42))).toBe(JSON.stringify(generateDemo(42)));
  });

  it("works for any seed and varies the illustrative details with it", () => {
    for (let seed = 1; seed <= 25; seed++) expect(() => generateDemo(seed)).not.toThrow();
    expect(JSON.stringify(generateDemo(1).organisations)).not.toBe(JSON.stringify(generateDemo(2).organisations));
  });

  it('marks every unpublished organisation as illustrative', () => {
    expect(generateDemo().organisations.every((o) => o.isIllustrative !== false)).toBe(true);
  });
});
