import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';
export type Bytes = Uint8Array<ArrayBuffer>;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The best encoding the client accepts (brotli before gzip), or null for the plain body. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

// Text formats shrink well; images, zip and xlsx are compressed already.
const COMPRESSIBLE = /^(text\/|application\/(json|problem\+json|geo\+json|ld\+json|xml|javascript|rdf\+xml|vnd\.oai\.openapi)|image\/svg\+xml)/;

export function isCompressible(contentType: string | null): boolean {
  return contentType !== null && COMPRESSIBLE.test(contentType);
}

/**
 * 'best' for bodies compressed once and kept (assets, cached pages); 'fast' for bodies compressed per request.
 * Runs on the libuv thread pool, so a large body does not block other requests.
 */
export async function compressBody(body: Uint8Array, encoding: Encoding, effort: 'best' | 'fast'): Promise<Bytes> {
  const large = body.byteLength > 512 * 1024;
  if (encoding === 'gzip') return (await gz(body, { level: effort === 'best' && !large ? 9 : 6 })) as Bytes;
  const quality = effort === 'fast' ? 4 : large ? 6 : 11;
  return (await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })) as Bytes;
}

/** Adds Accept-Encoding to Vary without repeating it. */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('vary');
  if (!vary) headers.set('Vary', 'Accept-Encoding');
  else if (!/accept-encoding/i.test(vary)) headers.set('Vary', `${vary}, Accept-Encoding`);
}

/** A compressed representation is not byte-identical to the plain one, so its ETag becomes weak. */
export function weakEtag(etag: string): string {
  return etag.startsWith('W/') ? etag : `W/${etag}`;
}
