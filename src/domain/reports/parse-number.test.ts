import { describe, expect, it } from 'vitest';
import { parseDutchNumber } from './parse-number.ts';

describe('parseDutchNumber', () => {
  it('reads Dutch thousands separators and decimal commas', () => {
    expect(parseDutchNumber('1.250.000')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseDutchNumber('1 250 000')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseDutchNumber('€ 4.300')).toEqual({ ok: true, value: 4300 });
    expect(parseDutchNumber('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseDutchNumber(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseDutchNumber('12.5')).toEqual({ ok: true, value: 12.5 });
  });

  it('treats empty as not filled in and refuses what it cannot read', () => {
    expect(parseDutchNumber('')).toEqual({ ok: true, value: null });
    expect(parseDutchNumber(undefined)).toEqual({ ok: true, value: null });
    for (const bad of ['-5', 'abc', '1.2.3', '1,250,000', '12.', '1e5']) expect(parseDutchNumber(bad)).toEqual({ ok: false });
  });
});
