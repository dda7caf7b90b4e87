import type { MiddlewareHandler } from 'hono';
import { chooseEncoding, weakEtag } from './encoding.ts';
import type { Entry } from './response-cache.ts';

export type FastPathOptions = {
  entries: Map<string, Entry>; seconds: number; generation: () => Promise<number>;
  /** Cookie names that mark a person (session, CSRF): such requests take the whole chain. */
  personalCookies: string[];
  /** Told of each answer given here, for the visit counts the chain would have kept. */
  onHit?: (path: string) => void;
  now?: () => number;
};

// Headers that belong to one answer, not to the page: the fast path sets its own.
const PER_ANSWER = new Set(['content-encoding', 'content-length', 'etag', 'x-cache', 'set-cookie', 'date']);

const matches = (etag: string, ifNoneMatch: string | undefined) =>
  !!ifNoneMatch && (ifNoneMatch.trim() === '*' || (ifNoneMatch.match(/"[^"]*"/g) ?? ([] as string[])).includes(etag.replace(/^W\//, '')));

/**
 * The first middleware of the app: an anonymous GET whose answer the response cache holds for the current data
 * generation, already compressed in the encoding asked, is answered here with no session lookup, CSRF, rendering
 * or compression; one coalesced read of the generation counter is its only work. Everything else, and the first
 * hit of each entry (which teaches it the headers the chain adds), goes down the whole chain.
 */
export function publicFastPath({ entries, seconds, generation, personalCookies, onHit, now = Date.now }: FastPathOptions): MiddlewareHandler {
  const personal = personalCookies.map((name) => `${name}=`);
  return async (c, next) => {
    if (seconds === 0 || c.req.method !== 'GET') return next();
    const cookie = c.req.header('cookie');
    if (cookie && personal.some((p) => cookie.includes(p))) return next();
    const key = c.req.url;
    const entry = entries.get(key);
    if (entry?.outer && now() - entry.storedAt < seconds * 1000 && entry.generation === (await generation())) {
      const encoding = entry.compressible ? chooseEncoding(c.req.header('accept-encoding')) : null;
      const body = encoding ? entry.encoded[encoding] : entry.body;
      if (body) {
        const etag = encoding ? weakEtag(entry.etag) : entry.etag;
        const headers = new Headers(entry.outer);
        headers.set('ETag', etag);
        headers.set('X-Cache', 'hit');
        onHit?.(c.req.path);
        if (matches(etag, c.req.header('if-none-match'))) {
          for (const name of ['content-type', 'content-disposition']) headers.delete(name);
          return new Response(null, { status: 304, headers });
        }
        if (encoding) headers.set('Content-Encoding', encoding);
        return new Response(body, { status: entry.status, headers });
      }
    }
    await next();
    // The chain answered from this entry: keep the headers it added, for the next hit.
    const stored = entries.get(key);
    if (stored && !stored.outer && !cookie && c.res.status === 200 && c.res.headers.get('x-cache') === 'hit') {
      const outer: [string, string][] = [];
      c.res.headers.forEach((value, name) => {
        if (!PER_ANSWER.has(name)) outer.push([name, value]);
      });
      stored.outer = outer;
    }
  };
}
