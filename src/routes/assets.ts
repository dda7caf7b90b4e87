import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono } from 'hono';

const require = createRequire(import.meta.url);

type Asset = { body: string; etag: string; type: string };

function load(path: string, type: string): Asset {
  const body = readFileSync(path, 'utf8');
  return { body, type, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/** Stylesheets read once at start-up: NL Design System component CSS and our own theme. */
export function createAssetRoutes(): Hono {
  const assets: Record<string, Asset> = {
    'utrecht.css': load(require.resolve('@utrecht/component-library-css/dist/index.css'), 'text/css; charset=utf-8'),
    'theme.css': load(new URL('../assets/theme.css', import.meta.url).pathname, 'text/css; charset=utf-8'),
  };
  const router = new Hono();
  router.get('/:name', (c) => {
    const asset = assets[c.req.param('name')];
    if (!asset) return c.notFound();
    c.header('ETag', asset.etag);
    c.header('Cache-Control', 'public, max-age=3600');
    if (c.req.header('If-None-Match') === asset.etag) return c.body(null, 304);
    return c.body(asset.body, 200, { 'Content-Type': asset.type });
  });
  return router;
}
