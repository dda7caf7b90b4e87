import type { MiddlewareHandler } from 'hono';

// Heavy public answers (a whole dataset as XLSX takes most of a second) are computed once per data generation.
type Entry = { generation: number; storedAt: number; status: number; headers: [string, string][]; body: ArrayBuffer };
export type ResponseCacheOptions = { seconds: number; generation: () => Promise<number>; maxBytes?: number; now?: () => number };

/** Caches 200 GET answers by URL until the data generation moves or `seconds` pass; least recently used go first. */
export function responseCache({ seconds, generation, maxBytes = 64 * 1024 * 1024, now = Date.now }: ResponseCacheOptions): MiddlewareHandler {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const drop = (key: string) => {
    bytes -= entries.get(key)?.body.byteLength ?? 0;
    entries.delete(key);
  };
  return async (c, next) => {
    if (seconds === 0 || c.req.method !== 'GET') return next();
    const key = c.req.url;
    const current = await generation();
    const hit = entries.get(key);
    if (hit && hit.generation === current && now() - hit.storedAt < seconds * 1000) {
      entries.delete(key);
      entries.set(key, hit);
      return new Response(hit.body, { status: hit.status, headers: [...hit.headers, ['X-Cache', 'hit']] });
    }
    if (hit) drop(key);
    await next();
    if (c.res.status !== 200 || c.res.headers.has('set-cookie')) return;
    const body = await c.res.clone().arrayBuffer();
    if (body.byteLength > maxBytes / 2) return;
    const headers: [string, string][] = [];
    c.res.headers.forEach((value, name) => headers.push([name, value]));
    entries.set(key, { generation: current, storedAt: now(), status: c.res.status, headers, body });
    bytes += body.byteLength;
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      drop(oldest);
    }
  };
}
