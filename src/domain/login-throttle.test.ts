import { describe, expect, it } from 'vitest';
import { loginThrottle, minutesToWait } from './login-throttle.ts';

const now = new Date('2026-03-01T12:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('loginThrottle', () => {
  it('allows four recent failures', () => {
    expect(loginThrottle([ago(1), ago(2), ago(3), ago(4)], now)).toEqual({ blocked: false });
  });

  it('blocks at five failures until the fifth most recent leaves the window', () => {
    expect(loginThrottle([ago(1), ago(2), ago(3), ago(4), ago(10)], now)).toEqual({ blocked: true, retryAfterSeconds: 5 * 60 });
  });

  it('ignores failures older than the window', () => {
    expect(loginThrottle([ago(1), ago(2), ago(3), ago(4), ago(16), ago(20)], now)).toEqual({ blocked: false });
  });

  it('with more failures, the fifth most recent counts, not the oldest', () => {
    expect(loginThrottle([ago(14), ago(1), ago(2), ago(3), ago(4), ago(6)], now)).toEqual({ blocked: true, retryAfterSeconds: 9 * 60 });
  });

  it('rounds waiting time up to whole minutes', () => {
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(5)).toBe(1);
  });
});
