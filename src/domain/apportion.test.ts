import { describe, expect, it } from 'vitest';
import { apportion } from './apportion.ts';

describe('apportion', () => {
  it('splits a total so that the parts add up exactly', () => {
    const parts = apportion(100, [1, 1, 1]);
    expect(parts).toEqual([34, 33, 33]);
    expect(parts.reduce((a, b) => a + b)).toBe(100);
  });

  it('rounds to a unit and keeps the sum', () => {
    const parts = apportion(37_688_000, [0.9, 1.1, 1, 1.05, 0.95], 1000);
    expect(parts.every((p) => p % 1000 === 0)).toBe(true);
    expect(parts.reduce((a, b) => a + b)).toBe(37_688_000);
  });

  it('refuses a total that is not a multiple of the unit, and weights that add up to nothing', () => {
    expect(() => apportion(1500, [1], 1000)).toThrow(/multiple/);
    expect(() => apportion(10, [0, 0])).toThrow(/weights/);
  });
});
