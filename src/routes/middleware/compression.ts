import type { Context, MiddlewareHandler } from 'hono';
import { chooseEncoding, compressBody, isCompressible, varyOnEncoding, weakEtag } from './encoding.ts';

const MIN_BYTES = 1024;

/** Hono copies the old response's headers onto a new one; clearing it first keeps the new headers as they are. */
export function replaceResponse(c: Context, res: Response): void {
  c.res = undefined as unknown as Response;
  c.res = res;
}

/**
 * gzip or brotli for every public text answer that is not compressed yet (cached pages and assets arrive
 * compressed already). Personal answers (Cache-Control: private) stay plain: with a secret such as a
 * CSRF token on the page, compression would open it to BREACH-style guessing.
 */
export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (c.req.method !== 'GET' || res.status !== 200 || !isCompressible(res.headers.get('content-type'))) return;
    varyOnEncoding(res.headers);
    if (res.headers.has('content-encoding') || /private|no-store/.test(res.headers.get('cache-control') ?? '')) return;
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    if (!encoding) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    if (body.byteLength < MIN_BYTES) {
      replaceResponse(c, new Response(body, { status: res.status, headers }));
      return;
    }
    const compressed = await compressBody(body, encoding, 'fast');
    headers.set('Content-Encoding', encoding);
    headers.delete('content-length');
    const etag = headers.get('etag');
    if (etag) headers.set('ETag', weakEtag(etag));
    replaceResponse(c, new Response(compressed, { status: res.status, headers }));
  };
}
