import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { replaceResponse } from './compression.ts';
import { chooseEncoding, compressBody, isCompressible, varyOnEncoding, weakEtag, type Bytes, type Encoding } from './encoding.ts';

// Heavy public answers (a whole dataset as XLSX takes most of a second) are computed once per data generation,
// and compressed once per encoding: a hit does no rendering, hashing or compression work (ADR 011).
export type Entry = {
  generation: number; storedAt: number; status: number; headers: [string, string][]; etag: string;
  body: Bytes; encoded: Partial<Record<Encoding, Bytes>>; compressible: boolean;
  /** The headers the whole middleware chain added to this answer, once seen: the fast path sends them (public-fast-path.ts). */
  outer?: [string, string][];
};
export type ResponseCacheOptions = {
  seconds: number; generation: () => Promise<number>; maxBytes?: number; now?: () => number;
  /** Shared with the fast path at the front of the app, which answers hits from it. */
  entries?: Map<string, Entry>;
};

const sizeOf = (e: Entry) => e.body.byteLength + (e.encoded.br?.byteLength ?? 0) + (e.encoded.gzip?.byteLength ?? 0);
const matches = (etag: string, ifNoneMatch: string | undefined) =>
  !!ifNoneMatch && (ifNoneMatch.trim() === '*' || (ifNoneMatch.match(/"[^"]*"/g) ?? ([] as string[])).includes(etag.replace(/^W\//, '')));

/** Caches 200 GET answers by URL until the data generation moves or `seconds` pass; least recently used go first. */
export function responseCache({ seconds, generation, maxBytes = 64 * 1024 * 1024, now = Date.now, entries = new Map() }: ResponseCacheOptions): MiddlewareHandler {
  let bytes = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (entry) bytes -= sizeOf(entry);
    entries.delete(key);
  };
  const evict = () => {
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      drop(oldest);
    }
  };
  const answer = async (entry: Entry, acceptEncoding: string | undefined, ifNoneMatch: string | undefined): Promise<Response> => {
    const encoding = entry.compressible ? chooseEncoding(acceptEncoding) : null;
    const etag = encoding ? weakEtag(entry.etag) : entry.etag;
    const headers = new Headers(entry.headers);
    headers.set('ETag', etag);
    headers.set('X-Cache', 'hit');
    if (entry.compressible) varyOnEncoding(headers);
    if (matches(etag, ifNoneMatch)) {
      for (const name of ['content-type', 'content-length', 'content-disposition']) headers.delete(name);
      return new Response(null, { status: 304, headers });
    }
    if (!encoding) return new Response(entry.body, { status: entry.status, headers });
    let body = entry.encoded[encoding];
    if (!body) {
      body = await compressBody(entry.body, encoding, 'best');
      entry.encoded[encoding] = body;
      bytes += body.byteLength;
    }
    headers.set('Content-Encoding', encoding);
    headers.delete('content-length');
    return new Response(body, { status: entry.status, headers });
  };
  return async (c, next) => {
    if (seconds === 0 || c.req.method !== 'GET') return next();
    const key = c.req.url;
    const current = await generation();
    const hit = entries.get(key);
    if (hit && hit.generation === current && now() - hit.storedAt < seconds * 1000) {
      entries.delete(key);
      entries.set(key, hit);
      const res = await answer(hit, c.req.header('accept-encoding'), c.req.header('if-none-match'));
      evict();
      return res;
    }
    if (hit) drop(key);
    await next();
    if (c.res.status !== 200 || c.res.headers.has('set-cookie') || c.res.headers.has('content-encoding')) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    if (body.byteLength > maxBytes / 2) return;
    const headers: [string, string][] = [];
    c.res.headers.forEach((value, name) => {
      if (name !== 'etag' && name !== 'content-length') headers.push([name, value]);
    });
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const entry: Entry = { generation: current, storedAt: now(), status: 200, headers, etag, body, encoded: {}, compressible: isCompressible(c.res.headers.get('content-type')) };
    entries.set(key, entry);
    bytes += body.byteLength;
    const res = await answer(entry, c.req.header('accept-encoding'), undefined);
    res.headers.delete('x-cache');
    replaceResponse(c, res);
    evict();
  };
}
