import { describe, expect, it } from 'vitest';
import { msUntilHour } from './remind-command.ts';

describe('the reminder timer', () => {
  it('waits until the next given hour (UTC), tomorrow once today\'s has passed', () => {
    expect(msUntilHour(new Date('2026-03-20T05:30:00Z'), 6)).toBe(30 * 60 * 1000);
    expect(msUntilHour(new Date('2026-03-20T06:00:00Z'), 6)).toBe(24 * 60 * 60 * 1000);
    expect(msUntilHour(new Date('2026-03-20T23:00:00Z'), 6)).toBe(7 * 60 * 60 * 1000);
  });
});
