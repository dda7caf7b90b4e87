import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';

const FAVICON = readFileSync(new URL('../../assets/favicon.ico', import.meta.url));
const FAVICON_ETAG = `"${createHash('sha1').update(FAVICON).digest('base64url')}"`;

/** /favicon.ico, which browsers and crawlers ask for at the root whatever the page links to. */
export function createFaviconRoute(): Hono {
  return new Hono().get('/favicon.ico', (c) => {
    if (c.req.header('If-None-Match') === FAVICON_ETAG) return c.body(null, 304, { ETag: FAVICON_ETAG });
    return c.body(new Uint8Array(FAVICON) as unknown as ArrayBuffer, 200, {
      'Content-Type': 'image/x-icon', 'Cache-Control': 'public, max-age=86400', ETag: FAVICON_ETAG,
    });
  });
}
