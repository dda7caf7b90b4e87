import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema/index.ts';
import { createUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { createItem, createProgramme } from '../helpers/knowledge-factory.ts';
import { loginAs, openForm } from '../helpers/login.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

// The office reads the outbox, but a registrant's cancel link is theirs alone: the outbox shows it masked.
describe('secret links in the office outbox', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const { programmeId } = await createProgramme(database.db);
    await createUser(database.db, { role: 'programmabureau', email: 'bureau.outbox@voorbeeld.nl' });
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const event = await createItem(database.db, programmeId, { title: 'Outboxdag', kind: 'evenement', capacity: 5, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) });
    app = createTestApp(database.db);
    const form = await openForm(app, `/aanmelden/${event.slug}`);
    expect((await form.post(`/aanmelden/${event.slug}`, { name: 'Dee Nemer', email: 'dee@voorbeeld.nl' })).status).toBe(303);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('masks the cancel token of an event mail, which the registrant still gets whole', async () => {
    const [mail] = await database.db.select({ body: outbox.body }).from(outbox).where(eq(outbox.recipient, 'dee@voorbeeld.nl'));
    const token = /\/afmelden\/([A-Za-z0-9_-]{43})/.exec(mail!.body)![1]!;
    const office = await loginAs(app, 'bureau.outbox@voorbeeld.nl', TEST_PASSWORD);
    const html = await (await office.request('/portaal/outbox')).text();
    expect(html).toContain('Dee Nemer');
    expect(html).toContain('/afmelden/…');
    expect(html).not.toContain(token);
  });
});
