import type { Db } from '../../src/db/client.ts';
import { consortia, organisations, programmeRules, programmes, progressReports, reportComments, userRoles, users } from '../../src/db/schema/index.ts';
import type { Actor, Role } from '../../src/services/context.ts';

// Small factories for portal tests: a programme with a reporting deadline rule, consortia, users with roles.

export async function makeProgramme(db: Db, input: { startsOn?: string; endsOn?: string; deadline?: number | null } = {}) {
  const [programme] = await db.insert(programmes).values({
    slug: `regeling-${Math.random().toString(36).slice(2, 8)}`, name: 'Testregeling', shortName: 'Test', budgetCeiling: 1_000_000,
    startsOn: input.startsOn ?? '2024-01-01', endsOn: input.endsOn ?? '2027-12-31',
  }).returning({ id: programmes.id });
  const deadline = input.deadline === undefined ? 3 : input.deadline;
  if (deadline !== null) {
    await db.insert(programmeRules).values({ programmeId: programme!.id, code: 'rapportage_deadline_maanden', value: deadline, descriptionNl: 'Termijn', validFrom: '2020-01-01' });
  }
  return programme!.id;
}

export async function makeConsortium(db: Db, programmeId: number, name: string) {
  const [lead] = await db.insert(organisations).values({ name: `Penvoerder ${name}`, kind: 'onderwijsinstelling', educationLevel: 'mbo' }).returning({ id: organisations.id });
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Math.random().toString(36).slice(2, 6)}`;
  const [row] = await db.insert(consortia).values({ programmeId, slug, name, leadOrganisationId: lead!.id }).returning({ id: consortia.id });
  return row!.id;
}

/** A user with roles; coordinator roles name their consortium. Returns the actor as the session would build it. */
export async function makeUser(db: Db, roles: { role: Role; consortiumId?: number }[], input: { isActive?: boolean; name?: string } = {}): Promise<Actor> {
  const tag = Math.random().toString(36).slice(2, 10);
  const [user] = await db.insert(users).values({ email: `u-${tag}@voorbeeld.nl`, name: input.name ?? `Gebruiker ${tag}`, isActive: input.isActive ?? true })
    .returning({ id: users.id });
  const rows = roles.map((r) => ({ userId: user!.id, role: r.role, consortiumId: r.consortiumId ?? null }));
  if (rows.length) await db.insert(userRoles).values(rows);
  return { userId: user!.id, roles: rows.map(({ role, consortiumId }) => ({ role, consortiumId })) };
}

export async function makeReport(db: Db, consortiumId: number, periodYear: number, status: 'concept' | 'ingediend' | 'goedgekeurd' | 'teruggestuurd', reviewNote = '') {
  const [row] = await db.insert(progressReports).values({
    consortiumId, periodYear, status, reviewNote, submittedAt: status === 'concept' ? null : new Date(`${periodYear + 1}-03-01T10:00:00Z`),
  }).returning({ id: progressReports.id });
  return row!.id;
}

export async function makeComment(db: Db, reportId: number, authorUserId: number, at: string) {
  await db.insert(reportComments).values({ reportId, authorUserId, body: 'Een vraag', createdAt: new Date(at) });
}
