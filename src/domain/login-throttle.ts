// Login throttling: after MAX failures within WINDOW, wait until the oldest of them leaves the window.
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export type Throttle = { blocked: false } | { blocked: true; retryAfterSeconds: number };

/** Whether another attempt is allowed now, given the times of recent failures (any order). */
export function loginThrottle(failures: Date[], now: Date, max = LOGIN_MAX_FAILURES, windowMs = LOGIN_WINDOW_MS): Throttle {
  const since = now.getTime() - windowMs;
  const recent = failures.map((d) => d.getTime()).filter((t) => t > since).sort((a, b) => b - a);
  if (recent.length < max) return { blocked: false };
  // The max-th most recent failure decides: when it ages out, fewer than max remain.
  const deciding = recent[max - 1]!;
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil((deciding + windowMs - now.getTime()) / 1000)) };
}

/** Whole minutes to wait, rounded up, for the message to the user. */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
