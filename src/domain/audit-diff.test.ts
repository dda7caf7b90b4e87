import { describe, expect, it } from 'vitest';
import { diffRecords } from './audit-diff.ts';

describe('diffRecords', () => {
  it('lists only changed fields, with added and removed ones', () => {
    expect(diffRecords({ name: 'A', size: 3, same: true }, { name: 'B', size: 3, same: true, extra: [1] })).toEqual([
      { field: 'name', before: 'A', after: 'B' },
      { field: 'extra', before: null, after: '[1]' },
    ]);
  });

  it('handles a created record (no before) and a deleted one (no after)', () => {
    expect(diffRecords(null, { isActive: false })).toEqual([{ field: 'isActive', before: null, after: 'false' }]);
    expect(diffRecords({ isActive: true }, null)).toEqual([{ field: 'isActive', before: 'true', after: null }]);
  });

  it('compares non-objects as a whole', () => {
    expect(diffRecords(null, null)).toEqual([]);
    expect(diffRecords(1, 2)).toEqual([{ field: '', before: '1', after: '2' }]);
  });
});
