import { describe, expect, it } from 'vitest';
import { formatDate, formatMillions, formatMillionsShort, formatNumber, formatPercent } from './format.ts';

describe('Dutch and English formatting', () => {
  it('formats amounts in millions as the seed page does', () => {
    expect(formatMillions(123_000_000, 'nl')).toBe('€ 123 miljoen');
    expect(formatMillions(4_312_000, 'nl')).toBe('€ 4,3 miljoen');
    expect(formatMillions(8_200_000, 'en')).toBe('€8.2 million');
    expect(formatMillionsShort(4_300_000, 'nl')).toBe('€ 4,3 mln');
  });

  it('uses Dutch separators for numbers, percentages and dates', () => {
    expect(formatNumber(12_345, 'nl')).toBe('12.345');
    expect(formatNumber(12_345, 'en')).toBe('12,345');
    expect(formatPercent(0.4198, 'nl')).toBe('42%');
    expect(formatDate('2023-07-06', 'nl')).toBe('6 juli 2023');
  });
});
