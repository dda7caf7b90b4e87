import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { auditLog, userRoles, users } from '../../src/db/schema/index.ts';
import { Conflict, Forbidden, Invalid } from '../../src/errors.ts';
import { getUserRoles } from '../../src/services/users/get-user-roles.ts';
import { updateUserRoles } from '../../src/services/users/update-user-roles.ts';
import { makeConsortium, makeProgramme, makeUser } from '../helpers/portal-factory.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../helpers/test-db.ts';

describe.each(DATABASE_KINDS)('changing roles on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => { database = await createTestDatabase(kind); }, 240_000);
  afterAll(async () => { await database?.dispose(); });

  const rolesOf = async (userId: number, db = database.db) => (await db.select({ role: userRoles.role, consortiumId: userRoles.consortiumId }).from(userRoles)
    .where(eq(userRoles.userId, userId)).orderBy(asc(userRoles.role), asc(userRoles.consortiumId)));

  it('lets the office make someone coordinator of two consortia, audited, and bumps the version', async () => {
    const db = database.db;
    const programmeId = await makeProgramme(db);
    const [a, b] = [await makeConsortium(db, programmeId, 'Alfa'), await makeConsortium(db, programmeId, 'Beta')];
    const office = await makeUser(db, [{ role: 'programmabureau' }]);
    const person = await makeUser(db, [{ role: 'beoordelaar' }]);
    const ctx = { db, actor: office, signedInAt: new Date() };
    const before = await getUserRoles(ctx, { userId: person.userId });
    const { version } = await updateUserRoles(ctx, { userId: person.userId, version: before.version, roles: [], consortiumIds: [a, b] });
    expect(version).toBe(before.version + 1);
    expect(await rolesOf(person.userId)).toEqual([{ role: 'coordinator', consortiumId: Math.min(a, b) }, { role: 'coordinator', consortiumId: Math.max(a, b) }]);
    const audit = await db.select({ entity: auditLog.entity, before: auditLog.before, after: auditLog.after, actor: auditLog.actorUserId })
      .from(auditLog).where(eq(auditLog.entityId, String(person.userId)));
    expect(audit).toEqual([{
      entity: 'user_roles', actor: office.userId,
      before: { roles: [{ role: 'beoordelaar', consortiumId: null }] },
      after: { roles: [{ role: 'coordinator', consortiumId: a }, { role: 'coordinator', consortiumId: b }] },
    }]);
  });

  it('refuses a stale version and changes nothing', async () => {
    const db = database.db;
    const office = await makeUser(db, [{ role: 'programmabureau' }]);
    const person = await makeUser(db, [{ role: 'beoordelaar' }]);
    const ctx = { db, actor: office, signedInAt: new Date() };
    const { version } = await getUserRoles(ctx, { userId: person.userId });
    await updateUserRoles(ctx, { userId: person.userId, version, roles: ['programmabureau'], consortiumIds: [] });
    await expect(updateUserRoles(ctx, { userId: person.userId, version, roles: [], consortiumIds: [] })).rejects.toBeInstanceOf(Invalid);
    await expect(updateUserRoles(ctx, { userId: person.userId, version, roles: ['beoordelaar'], consortiumIds: [] })).rejects.toBeInstanceOf(Conflict);
    expect(await rolesOf(person.userId)).toEqual([{ role: 'programmabureau', consortiumId: null }]);
    const [row] = await db.select({ version: users.version }).from(users).where(eq(users.id, person.userId));
    expect(row!.version).toBe(version + 1);
  });

  it('keeps the last active office account in its role, also when it is your own', async () => {
    // Its own database: the rule counts every office account there is.
    const own = await createTestDatabase(kind);
    try {
      const db = own.db;
      const office = await makeUser(db, [{ role: 'programmabureau' }]);
      await makeUser(db, [{ role: 'programmabureau' }], { isActive: false });
      const ctx = { db, actor: office, signedInAt: new Date() };
      const { version } = await getUserRoles(ctx, { userId: office.userId });
      const refusal = updateUserRoles(ctx, { userId: office.userId, version, roles: ['beoordelaar'], consortiumIds: [] });
      await expect(refusal).rejects.toMatchObject({ code: 'lastOfficeAccount', problems: [{ name: 'roles', reason: 'lastOfficeAccount' }] });
      expect(await rolesOf(office.userId, db)).toEqual([{ role: 'programmabureau', consortiumId: null }]);
      expect(await db.select({ id: auditLog.id }).from(auditLog)).toEqual([]);
      // With a second active office account the first may step down.
      const second = await makeUser(db, [{ role: 'programmabureau' }]);
      await updateUserRoles(ctx, { userId: office.userId, version, roles: ['beoordelaar'], consortiumIds: [] });
      expect(await rolesOf(office.userId, db)).toEqual([{ role: 'beoordelaar', consortiumId: null }]);
      const { version: secondVersion } = await getUserRoles({ db, actor: second }, { userId: second.userId });
      await expect(updateUserRoles({ db, actor: second, signedInAt: new Date() }, { userId: second.userId, version: secondVersion, roles: [], consortiumIds: [] }))
        .rejects.toBeInstanceOf(Invalid);
    } finally {
      await own.dispose();
    }
  }, 240_000);

  it('is the office only', async () => {
    const db = database.db;
    const assessor = await makeUser(db, [{ role: 'beoordelaar' }]);
    const person = await makeUser(db, [{ role: 'beoordelaar' }]);
    await expect(updateUserRoles({ db, actor: assessor }, { userId: person.userId, version: 1, roles: ['programmabureau'], consortiumIds: [] }))
      .rejects.toBeInstanceOf(Forbidden);
    expect(await rolesOf(person.userId)).toEqual([{ role: 'beoordelaar', consortiumId: null }]);
  });
});
