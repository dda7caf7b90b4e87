// Database failures that are the request's fault or a passing outage, told apart by their codes,
// so that none shows as a 500: the value does not fit (400), the database is unreachable (503), or its disk
// is full (507: the write was refused as a whole, nothing is half-written).
export type DatabaseFailure = 'unfit-value' | 'unreachable' | 'storage-full' | null;

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED']);

/** The error and its causes, outermost first (drizzle wraps the driver's error). */
function chain(error: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e = error; e && out.length < 8; e = (e as { cause?: unknown }).cause) out.push(e);
  return out;
}

export function classifyDatabaseError(error: unknown): DatabaseFailure {
  for (const e of chain(error)) {
    const code = String((e as { code?: unknown }).code ?? '');
    // Class 22: data exception (out of range, NUL byte, bad date); 08 and 57P: connection gone.
    if (/^22[0-9A-Z]{3}$/.test(code)) return 'unfit-value';
    // 53100 disk_full: PostgreSQL (and PGlite) refuse the statement and keep running.
    if (code === '53100') return 'storage-full';
    if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || UNREACHABLE.has(code)) return 'unreachable';
    if (e instanceof Error && /PGlite is closed|database is closed/i.test(e.message)) return 'unreachable';
    if (e instanceof AggregateError && e.errors.some((inner) => classifyDatabaseError(inner) === 'unreachable')) return 'unreachable';
  }
  return null;
}
