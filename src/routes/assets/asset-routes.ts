import { Hono } from 'hono';
import { chooseEncoding } from '../middleware/encoding.ts';
import { buildAssets } from './build-assets.ts';

const YEAR = 'public, max-age=31536000, immutable';
// A page cached before a deploy may still ask for an old fingerprint or the plain name: it gets today's file, briefly cached.
const CURRENT = 'public, max-age=300';
const FINGERPRINTED = /^(.+)\.([0-9a-f]{10})(\.[a-z]+)$/;

/** Stylesheets and scripts, compressed once at start-up, under a content-hashed name (and their plain name). */
export function createAssetRoutes(): Hono {
  const assets = buildAssets();
  const router = new Hono();
  router.get('/:file', (c) => {
    const file = c.req.param('file');
    const parts = FINGERPRINTED.exec(file);
    const asset = assets.get(parts ? `${parts[1]}${parts[3]}` : file);
    if (!asset) return c.notFound();
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    const headers: Record<string, string> = {
      'Content-Type': asset.type, 'Cache-Control': parts?.[2] === asset.hash ? YEAR : CURRENT, Vary: 'Accept-Encoding',
      ETag: encoding ? `W/${asset.etag}` : asset.etag,
    };
    const tags = c.req.header('if-none-match')?.match(/"[^"]*"/g) ?? ([] as string[]);
    if (tags.includes(asset.etag)) return c.body(null, 304, { 'Cache-Control': headers['Cache-Control'] as string, ETag: headers.ETag as string, Vary: 'Accept-Encoding' });
    if (encoding) headers['Content-Encoding'] = encoding;
    return c.body(new Uint8Array(encoding ? asset[encoding] : asset.body), 200, headers);
  });
  return router;
}
