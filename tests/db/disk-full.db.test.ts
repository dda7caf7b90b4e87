import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPglite, pgliteDatabase, type Database } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { organisations, users } from '../../src/db/schema/index.ts';
import { hashPassword } from '../../src/services/auth/password-hash.ts';
import { loginAs } from '../helpers/login.ts';
import { makeUser } from '../helpers/portal-factory.ts';
import { createTestApp } from '../helpers/test-app.ts';

// A full disk under PGlite, for real: the data folder on a small tmpfs that a filler file fills up. Mounting needs
// root (as on the development machine); where it is not allowed, the test is skipped and says so.
const mount = mkdtempSync(join(tmpdir(), 'pps-disk-full-'));
const mounted = (() => {
  try { execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=150m', 'tmpfs', mount], { stdio: 'ignore' }); return true; } catch {
    rmSync(mount, { recursive: true, force: true });
    return false;
  }
})();

describe.runIf(mounted)('a full disk under PGlite', () => {
  const dir = join(mount, 'data');
  const filler = join(mount, 'vulling');
  let database: Database;
  afterAll(async () => {
    await database?.close().catch(() => {});
    execFileSync('umount', [mount]);
    rmSync(mount, { recursive: true, force: true });
  });
  beforeAll(async () => {
    const template = inject('pgliteTemplate');
    if (template) {
      const client = new PGlite(dir, { loadDataDir: new Blob([readFileSync(template)]) });
      await client.waitReady;
      database = pgliteDatabase(client, 'PGlite on a small tmpfs');
    } else {
      database = await openPglite(dir);
      await migrateDatabase(database);
    }
  }, 120_000);

  it('refuses the write with a clear Dutch page, keeps running, and the folder opens again with the earlier data', async () => {
    const office = await makeUser(database.db, [{ role: 'programmabureau' }]);
    const [row] = await database.db.update(users).set({ passwordHash: await hashPassword('volle-schijf-2026') }).where(eq(users.id, office.userId)).returning({ email: users.email });
    await database.db.insert(organisations).values({ name: 'Van voor de volle schijf', kind: 'overig' });
    const app = createTestApp(database.db);
    const visitor = await loginAs(app, row!.email, 'volle-schijf-2026');
    const { bavail, bsize } = statfsSync(mount);
    writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - 256 * 1024)));
    const rows = Array.from({ length: 20_000 }, (_, i) => `Vulling ${i} ${'x'.repeat(150)};overig\n`).join('');
    const response = await visitor.post('/portaal/import/inlezen', { soort: 'organisaties', inhoud: Buffer.from(`naam;soort\n${rows}`).toString('base64'), bestandsnaam: 'vol.csv' });
    expect(response.status).toBe(507);
    expect(await response.text()).toContain('De opslag van de server is vol. Uw wijziging is niet opgeslagen');
    rmSync(filler);
    // Still running: the next request is answered from the same database.
    expect((await visitor.request('/portaal')).status).toBe(200);
    await database.close();
    database = await openPglite(dir);
    const names = await database.db.select({ name: organisations.name }).from(organisations).where(like(organisations.name, 'V%'));
    expect(names).toEqual([{ name: 'Van voor de volle schijf' }]);
  }, 60_000);
});
