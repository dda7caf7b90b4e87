import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitations } from '../../src/db/schema/index.ts';
import { listMyTasks } from '../../src/services/tasks/list-my-tasks.ts';
import { makeComment, makeConsortium, makeProgramme, makeReport, makeUser } from '../helpers/portal-factory.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

// The portal home's task list per role, on a small dataset and a fixed date.
describe.each(DATABASE_KINDS)('what to do next on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => { database = await createTestDatabase(kind); }, 240_000);
  afterAll(async () => { await database?.dispose(); });

  it('gives a coordinator the due reports with the deadline of the programme rule, returned reports and comments to answer', async () => {
    const db = database.db;
    const programmeId = await makeProgramme(db, { startsOn: '2024-01-01', endsOn: '2027-12-31', deadline: 3 });
    const mine = await makeConsortium(db, programmeId, 'Mijn consortium');
    const other = await makeConsortium(db, programmeId, 'Ander consortium');
    const office = await makeUser(db, [{ role: 'programmabureau' }]);
    const coordinator = await makeUser(db, [{ role: 'coordinator', consortiumId: mine }]);
    const returned = await makeReport(db, mine, 2024, 'teruggestuurd', 'Vul de aantallen aan.');
    const draft = await makeReport(db, mine, 2025, 'concept');
    await makeReport(db, other, 2024, 'concept');
    await makeComment(db, returned, office.userId, '2026-02-01T09:00:00Z');

    const tasks = await listMyTasks({ db, actor: coordinator }, { today: '2026-03-25' });
    expect(tasks).toEqual([
      { kind: 'reportReturned', consortiumId: mine, consortiumName: 'Mijn consortium', periodYear: 2024, reportId: returned, note: 'Vul de aantallen aan.' },
      { kind: 'reportDue', consortiumId: mine, consortiumName: 'Mijn consortium', periodYear: 2025, reportId: draft, deadline: '2026-03-31' },
      { kind: 'commentToAnswer', consortiumId: mine, consortiumName: 'Mijn consortium', periodYear: 2024, reportId: returned, since: new Date('2026-02-01T09:00:00Z') },
    ]);
    // Once the coordinator answers, the comment is no longer theirs to answer; the office now has one.
    await makeComment(db, returned, coordinator.userId, '2026-02-02T09:00:00Z');
    expect((await listMyTasks({ db, actor: coordinator }, { today: '2026-03-25' })).map((t) => t.kind)).toEqual(['reportReturned', 'reportDue']);
    const officeTasks = await listMyTasks({ db, actor: office }, { today: '2026-03-25' });
    expect(officeTasks.filter((t) => t.kind === 'commentToAnswer').map((t) => 'reportId' in t && t.reportId)).toEqual([returned]);
  });

  it('gives the office the reports to review and the invitations not yet accepted; a period without a rule has no deadline', async () => {
    const db = database.db;
    const programmeId = await makeProgramme(db, { startsOn: '2024-01-01', endsOn: '2027-12-31', deadline: null });
    const consortium = await makeConsortium(db, programmeId, 'Gamma');
    const office = await makeUser(db, [{ role: 'programmabureau' }]);
    const coordinator = await makeUser(db, [{ role: 'coordinator', consortiumId: consortium }]);
    const submitted = await makeReport(db, consortium, 2024, 'ingediend');
    await db.insert(invitations).values({ email: 'nieuw@voorbeeld.nl', role: 'beoordelaar', tokenHash: `hash-${kind}`, invitedByUserId: office.userId,
      expiresAt: new Date('2026-04-01T00:00:00Z') });
    await db.insert(invitations).values({ email: 'verlopen@voorbeeld.nl', role: 'beoordelaar', tokenHash: `old-${kind}`, invitedByUserId: office.userId,
      expiresAt: new Date('2026-03-01T00:00:00Z') });

    const tasks = await listMyTasks({ db, actor: office }, { today: '2026-03-25' });
    expect(tasks.filter((t) => t.kind === 'reportToReview' && t.consortiumId === consortium)).toEqual([
      { kind: 'reportToReview', consortiumId: consortium, consortiumName: 'Gamma', periodYear: 2024, reportId: submitted, since: new Date('2025-03-01T10:00:00Z') },
    ]);
    expect(tasks.filter((t) => t.kind === 'invitationPending')).toEqual([
      { kind: 'invitationPending', email: 'nieuw@voorbeeld.nl', expiresAt: new Date('2026-04-01T00:00:00Z') },
    ]);
    expect(await listMyTasks({ db, actor: coordinator }, { today: '2026-03-25' })).toEqual([
      { kind: 'reportDue', consortiumId: consortium, consortiumName: 'Gamma', periodYear: 2025, reportId: null, deadline: null },
    ]);
  });
});
