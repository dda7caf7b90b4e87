import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// TEST ONLY: `src/cli.ts` and its packages bundled once, so a child server starts in about 2,7 s idle instead of
// 6 s: no tsx compiling the app's modules, no module resolution across node_modules. Same esbuild as tsx.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const PREFIX = '.pps-test-bundle-';

export type ServerBundle = { entry: string; dispose: () => void };

/** Builds `src/cli.ts` into one file; each of our modules keeps its own `import.meta.url`. */
export async function buildServerBundle(): Promise<ServerBundle> {
  // Inside node_modules, so the bundle's bare imports resolve to the project's packages.
  removeStaleBundles();
  const dir = mkdtempSync(join(ROOT, 'node_modules', PREFIX));
  const entry = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/cli.ts')], outfile: entry, tsconfig: join(ROOT, 'tsconfig.json'),
    bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
    // PGlite loads its WebAssembly and data files next to its modules; argon2 is a native module.
    external: ['@electric-sql/pglite', '@electric-sql/pglite/*', '@node-rs/argon2'],
    // The CommonJS packages inside an ES module bundle still call `require` for Node's own modules.
    banner: { js: "import { createRequire as createBundleRequire } from 'node:module'; const require = createBundleRequire(import.meta.url);" },
    // The app reads migrations, assets and map data relative to its own modules: keep each module's URL.
    plugins: [{
      name: 'source-module-urls',
      setup(b) {
        b.onLoad({ filter: new RegExp(`^${escapeRegExp(join(ROOT, 'src'))}.*\\.tsx?$`) }, async ({ path }) => ({
          contents: (await readFile(path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
          loader: path.endsWith('.tsx') ? 'tsx' : 'ts',
        }));
      },
    }],
  });
  return { entry, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Bundles left by a run that was killed before its clean-up (a day old: no run still uses them). */
function removeStaleBundles(): void {
  const modules = join(ROOT, 'node_modules');
  for (const name of readdirSync(modules).filter((n) => n.startsWith(PREFIX))) {
    const dir = join(modules, name);
    if (Date.now() - statSync(dir).mtimeMs > 86_400_000) rmSync(dir, { recursive: true, force: true });
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
