import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { subsetCss, utrechtClassesIn } from './css-subset.ts';

const require = createRequire(import.meta.url);
const SRC = new URL('../../', import.meta.url).pathname;
const ASSET_DIR = join(SRC, 'assets');
const CSS = 'text/css; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';

/** One static file, compressed once at start-up; `path` carries a content hash, so it can be cached for a year. */
export type Asset = { name: string; path: string; hash: string; type: string; etag: string; body: Buffer; gzip: Buffer; br: Buffer };

function asset(name: string, text: string, type: string): Asset {
  const body = Buffer.from(text);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const dot = name.lastIndexOf('.');
  return {
    name, hash, type, body, etag: `"${hash}"`,
    path: `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`,
    gzip: gzipSync(body, { level: 9 }),
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } }),
  };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts')).map((f) => join(dir, f));
}

/** The utrecht classes that the views and routes can put on a page. */
export function classesUsedInViews(): Set<string> {
  const all = new Set<string>();
  const routes = sourceFiles(join(SRC, 'routes')).filter((f) => !f.includes('/routes/assets/'));
  for (const file of [...sourceFiles(join(SRC, 'views')), ...routes]) {
    for (const name of utrechtClassesIn(readFileSync(file, 'utf8'))) all.add(name);
  }
  return all;
}

export function fullUtrechtCss(): string {
  return readFileSync(require.resolve('@utrecht/component-library-css/dist/index.css'), 'utf8');
}

// theme.css first, then each area's stylesheet (dashboard.css, portal.css, ...) in name order, served as one file.
function themeCss(): string {
  const areas = readdirSync(ASSET_DIR).filter((f) => f.endsWith('.css') && f !== 'theme.css').sort();
  return ['theme.css', ...areas].map((f) => readFileSync(join(ASSET_DIR, f), 'utf8')).join('\n');
}

let built: Map<string, Asset> | undefined;

/** Built once per process (start-up): the Utrecht CSS subset, our theme and the small scripts in src/assets. */
export function buildAssets(): Map<string, Asset> {
  if (built) return built;
  const scripts = readdirSync(ASSET_DIR).filter((f) => f.endsWith('.js'));
  const list = [
    asset('utrecht.css', subsetCss(fullUtrechtCss(), classesUsedInViews()), CSS),
    asset('theme.css', themeCss(), CSS),
    ...scripts.map((f) => asset(f, readFileSync(join(ASSET_DIR, f), 'utf8'), JS)),
  ];
  built = new Map(list.map((a) => [a.name, a]));
  return built;
}

/** Asset name → fingerprinted URL, for the page shell. */
export function assetPaths(): Record<string, string> {
  return Object.fromEntries([...buildAssets().values()].map((a) => [a.name, a.path]));
}
