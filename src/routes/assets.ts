import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono } from 'hono';

const require = createRequire(import.meta.url);

type Asset = { body: string; etag: string; type: string };

function asset(body: string, type: string): Asset {
  return { body, type, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

const ASSET_DIR = new URL('../assets/', import.meta.url).pathname;
const CSS = 'text/css; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';

// theme.css first, then each area's stylesheet (dashboard.css, portal.css, ...) in name order, served as one file.
function themeCss(): string {
  const areas = readdirSync(ASSET_DIR).filter((f) => f.endsWith('.css') && f !== 'theme.css').sort();
  return ['theme.css', ...areas].map((f) => readFileSync(ASSET_DIR + f, 'utf8')).join('\n');
}

/** Small progressive-enhancement scripts in src/assets/*.js, each served by its own name. */
function scripts(): Record<string, Asset> {
  const files = readdirSync(ASSET_DIR).filter((f) => f.endsWith('.js'));
  return Object.fromEntries(files.map((f) => [f, asset(readFileSync(ASSET_DIR + f, 'utf8'), JS)]));
}

/** Stylesheets read once at start-up: NL Design System component CSS and our own theme. */
export function createAssetRoutes(): Hono {
  const assets: Record<string, Asset> = {
    'utrecht.css': asset(readFileSync(require.resolve('@utrecht/component-library-css/dist/index.css'), 'utf8'), CSS),
    'theme.css': asset(themeCss(), CSS),
    ...scripts(),
  };
  const router = new Hono();
  router.get('/:name', (c) => {
    // Own names only: 'constructor' and the like are no asset.
    const name = c.req.param('name');
    const asset = Object.hasOwn(assets, name) ? assets[name] : undefined;
    if (!asset) return c.notFound();
    c.header('ETag', asset.etag);
    c.header('Cache-Control', 'public, max-age=3600');
    if (c.req.header('If-None-Match') === asset.etag) return c.body(null, 304);
    return c.body(asset.body, 200, { 'Content-Type': asset.type });
  });
  return router;
}
