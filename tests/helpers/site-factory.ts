import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import * as s from '../../src/db/schema/index.ts';
import { createItem } from './knowledge-factory.ts';
import {
  addAward, addBudget, addReport, addTargets, createConsortium, createUser, createProgramme,
  type TestConsortium, type TestProgramme, type TestUser,
} from './factories.ts';

// A small but complete site for page walks: two consortia with awards, budgets, targets and reports,
// one of each kind of knowledge item, and an account for every role. Long Dutch names on purpose:
// they are what overflows a phone screen.
export type TestSite = {
  programme: TestProgramme;
  consortia: TestConsortium[];
  applicant: TestUser;
  event: { id: number; slug: string };
  /** The second consortium's 2025 report, still a concept: the form with the money table. */
  draftReportId: number;
};

export const LONG_NAME = 'Samenwerkingsverband Energietransitie en Duurzame Installatietechniek Noord-Nederland';

export async function createSite(db: Db): Promise<TestSite> {
  const programme = await createProgramme(db);
  const first = await createConsortium(db, programme, { ppsAt: ['GM0344', 'GM0014'] });
  const second = await createConsortium(db, programme, { sectors: ['zorg'] });
  await db.update(s.consortia).set({ name: LONG_NAME }).where(eq(s.consortia.id, first.id));
  for (const [i, consortium] of [first, second].entries()) {
    await addAward(db, consortium, { awarded: 8_000_000 + i * 500_000, business: 3_000_000 });
    await addBudget(db, programme, consortium.id, { years: [2024, 2025, 2026, 2027], amount: 400_000 });
    await addTargets(db, programme, consortium.id, { baseline: 100, target: 300 });
    await addReport(db, programme, consortium, { year: 2024, status: 'goedgekeurd', value: 150, realised: 350_000 });
  }
  await addReport(db, programme, first, { year: 2025, status: 'ingediend', value: 180, realised: 380_000 });
  const draftReportId = await addReport(db, programme, second, { year: 2025, status: 'concept', value: 170, realised: 360_000 });
  const applicant = await createUser(db, { role: 'aanvrager' });
  const lines = programme.actionLines.map((l) => l.id);
  const body = 'Een **verslag** van de bijeenkomst over samenwerkingsverbanden in het beroepsonderwijs.';
  await createItem(db, programme.id, { title: 'Nieuwe samenwerkingsverbanden gestart', summary: 'Nieuws', body, actionLines: [lines[0]!], provinces: ['PV26'] });
  await createItem(db, programme.id, { title: 'Publicatie over impactmeting', kind: 'publicatie', body, url: 'https://example.org/rapport.pdf', actionLines: [lines[1]!] });
  await createItem(db, programme.id, { title: 'Goed voorbeeld: praktijkleren in de zorg', kind: 'goede_praktijk', body, results: 'Meer stages.', contact: 'info@example.org' });
  const event = await createItem(db, programme.id, {
    title: 'Kennisdag publiek-private samenwerking', kind: 'evenement', body, location: 'Utrecht', capacity: 20,
    startsAt: new Date('2099-06-01T09:00:00Z'), endsAt: new Date('2099-06-01T16:00:00Z'), publishedOn: '2025-02-01',
  });
  return { programme, consortia: [first, second], applicant, event, draftReportId };
}
