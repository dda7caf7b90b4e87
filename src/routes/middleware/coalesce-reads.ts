/**
 * Many concurrent requests, one database read at a time: a caller joins the next read that starts after
 * it arrived (never one already in flight, which could miss a write committed just before the call).
 * So every caller still sees every write committed before it asked, at one query per round trip.
 */
export function coalesceReads<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const p = read().finally(() => {
      if (inFlight === p) inFlight = null;
    });
    inFlight = p;
    return p;
  };
  return () => {
    if (!inFlight) return start();
    if (!queued) {
      queued = inFlight.then(
        () => undefined,
        () => undefined,
      ).then(() => {
        queued = null;
        return start();
      });
    }
    return queued;
  };
}
