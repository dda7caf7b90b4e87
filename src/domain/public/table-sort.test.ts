import { describe, expect, it } from 'vitest';
import { ariaSortOf, listHref, nextDirection, toSortOrder } from './table-sort.ts';

describe('table sort', () => {
  const current = { key: 'naam', direction: 'op' } as const;

  it('flips the direction on the current column and starts other columns at their default', () => {
    expect(nextDirection(current, 'naam')).toBe('af');
    expect(nextDirection({ key: 'naam', direction: 'af' }, 'naam')).toBe('op');
    expect(nextDirection<string>(current, 'aantalPps', 'af')).toBe('af');
  });

  it('marks only the current column with aria-sort', () => {
    expect(ariaSortOf(current, 'naam')).toBe('ascending');
    expect(ariaSortOf({ key: 'naam', direction: 'af' }, 'naam')).toBe('descending');
    expect(ariaSortOf<string>(current, 'aantalPps')).toBeUndefined();
  });

  it('maps to the service order with a name tie-break', () => {
    const keys = { naam: 'name', bedrag: 'awardedAmount' } as const;
    expect(toSortOrder({ key: 'bedrag', direction: 'af' }, keys, 'name')).toEqual([{ key: 'awardedAmount', descending: true }, { key: 'name', descending: false }]);
    expect(toSortOrder({ key: 'naam', direction: 'af' }, keys, 'name')).toEqual([{ key: 'name', descending: true }]);
  });

  it('builds list links that keep filters and drop empty values and page 1', () => {
    expect(listHref('/pps', { sorteer: 'naam', richting: 'af', provincie: undefined, pagina: 1 })).toBe('/pps?sorteer=naam&richting=af');
    expect(listHref('/pps', { provincie: 'PV26', pagina: 3 })).toBe('/pps?provincie=PV26&pagina=3');
    expect(listHref('/pps', {})).toBe('/pps');
  });
});
