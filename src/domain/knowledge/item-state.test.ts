import { describe, expect, it } from 'vitest';
import { canMoveTo, isVisible } from './item-state.ts';

describe('isVisible', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  it('shows published items and scheduled ones whose moment has come', () => {
    expect(isVisible({ status: 'gepubliceerd', publishAt: null }, now)).toBe(true);
    expect(isVisible({ status: 'gepland', publishAt: new Date('2026-05-01T11:59:00Z') }, now)).toBe(true);
    expect(isVisible({ status: 'gepland', publishAt: new Date('2026-05-01T12:01:00Z') }, now)).toBe(false);
    expect(isVisible({ status: 'concept', publishAt: null }, now)).toBe(false);
    expect(isVisible({ status: 'gearchiveerd', publishAt: null }, now)).toBe(false);
  });
});

describe('canMoveTo', () => {
  it('never publishes an archived item directly', () => {
    expect(canMoveTo('gearchiveerd', 'gepubliceerd')).toBe(false);
    expect(canMoveTo('gearchiveerd', 'concept')).toBe(true);
    expect(canMoveTo('concept', 'gepubliceerd')).toBe(true);
  });
});
