import { eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { rounds, users } from '../../src/db/schema/index.ts';
import { formatEuro } from '../../src/domain/format.ts';
import { hashPassword } from '../../src/services/auth/password-hash.ts';
import { createApplication } from '../../src/services/applications/create-application.ts';
import { recordEligibility } from '../../src/services/applications/record-eligibility.ts';
import { saveApplication } from '../../src/services/applications/save-application.ts';
import { submitApplication } from '../../src/services/applications/submit-application.ts';
import { assignAssessor } from '../../src/services/assessments/assign-assessor.ts';
import { declareConflict } from '../../src/services/assessments/declare-conflict.ts';
import { submitScores } from '../../src/services/assessments/submit-scores.ts';
import type { Actor } from '../../src/services/context.ts';
import { openRound } from '../../src/services/rounds/open-round.ts';
import { describeBrowser, useBrowserApp } from '../helpers/browser.ts';
import { activate, expectAccessible, logInByKeyboard, typeInto } from '../helpers/keyboard.ts';
import { content, createSelectionFixture } from '../helpers/selection-factory.ts';

// The selection as its people do it, keyboard only, axe-core on every page: declare, score, rank, decide, publish.
// Two tests, each on an application of its own in a round of its own, so neither nears its time limit nor sees the
// other's scores: the assessor's part, and the office's ranking and decision on an application scored in the seed.
const PASSWORD = 'selectie-wachtwoord-2026';
const NOW = new Date('2023-04-01T10:00:00Z');

describeBrowser('selection journey in Chromium', () => {
  let f: Awaited<ReturnType<typeof createSelectionFixture>>;
  let toScore: { reference: string };
  let toDecide: { id: number; reference: string };
  const app = useBrowserApp({
    seed: async (db) => {
      f = await createSelectionFixture(db, { budget: 12_000_000 });
      const passwordHash = await hashPassword(PASSWORD);
      await db.update(users).set({ passwordHash }).where(inArray(users.id, [f.office.userId, f.assessor1.userId]));
      // The assessor's application is in a second round of the same programme, so the ranking below leaves it out.
      const [second] = await db.insert(rounds).values({ programmeId: f.programmeId, name: 'Tweede testronde', opensOn: '2023-03-20', closesOn: '2023-04-17', budget: 12_000_000, status: 'gepland' }).returning({ id: rounds.id });
      await openRound({ db, actor: f.office }, { roundId: f.roundId });
      await openRound({ db, actor: f.office }, { roundId: second!.id });
      toScore = await submittedApplication(db, second!.id, 'Toets Beoordeling', f.assessor1);
      const decided = await submittedApplication(db, f.roundId, 'Toets Techniekpact', f.assessor2);
      await declareConflict({ db, actor: f.assessor2 }, { assignmentId: decided.assignmentId, version: 1, hasConflict: false, now: NOW });
      await submitScores({ db, actor: f.assessor2 }, { assignmentId: decided.assignmentId, version: 2, now: NOW,
        scores: f.criterionIds.map((criterionId, i) => ({ criterionId, score: i === 0 ? 5 : 4, motivation: 'Sterk onderbouwd plan.' })) });
      toDecide = decided;
    },
  });

  /** An application asking 5 mln, submitted, found eligible and assigned to `assessor`. */
  async function submittedApplication(db: Db, roundId: number, title: string, assessor: Actor) {
    const office = { db, actor: f.office };
    const { id, reference } = await createApplication(office, { roundId, leadOrganisationId: f.lead, title });
    const saved = await saveApplication(office, { applicationId: id, version: 1, content: { ...content(f, 5_000_000, 6_000_000), title } });
    await submitApplication(office, { applicationId: id, version: saved.version, now: NOW });
    await recordEligibility(office, { applicationId: id, version: saved.version + 1, decision: { eligible: true } });
    const { id: assignmentId } = await assignAssessor(office, { applicationId: id, assessorUserId: assessor.userId, dueOn: '2023-05-30' });
    return { id, reference, assignmentId };
  }

  it('an assessor declares no conflict, then sees the plan, scores and submits', async () => {
    const [assessor] = await app.database.db.select({ email: users.email }).from(users).where(eq(users.id, f.assessor1.userId));
    const page = await app.browser.newPage();
    page.setDefaultTimeout(8000);
    await logInByKeyboard(page, app.url, assessor!.email, PASSWORD);
    await expectAccessible(page);
    expect(await page.locator('section[aria-labelledby="mijn-beoordelingen"] table').textContent()).toContain('Verklaring nodig');
    await activate(page, `a:has-text("${toScore.reference}")`);
    await expectAccessible(page);
    // The plan stays hidden until the assessor has declared.
    expect(await page.locator('main').textContent()).not.toContain('Wij schalen op.');
    await activate(page, 'button[value="nee"]');
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).toContain('Wij schalen op.');
    const scoreFields = page.locator('input[name^="score."]');
    for (let i = 0; i < 4; i++) {
      await scoreFields.nth(i).focus();
      await page.keyboard.type(String(i === 0 ? 5 : 4));
      await page.keyboard.press('Tab');
      await page.keyboard.type(`Sterk onderbouwd plan, punt ${i + 1}.`);
    }
    await activate(page, 'button:has-text("Beoordeling indienen")');
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).toContain('De beoordeling is ingediend.');
    await page.close();
  }, 60_000);

  it('the office ranks and decides, reads the letter, and the public round page shows the award without the scores', async () => {
    const { id, reference } = toDecide;
    const page = await app.browser.newPage();
    page.setDefaultTimeout(8000);
    await logInByKeyboard(page, app.url, 'office@test.nl', PASSWORD);
    await activate(page, `a[href="/portaal/rondes/${f.roundId}/rangschikking"]`);
    await expectAccessible(page);
    expect(await page.locator('main table').first().textContent()).toContain(reference);
    expect(await page.locator('main').textContent()).toContain(`er blijft ${formatEuro(7_000_000, 'nl')} over`);
    await typeInto(page, `#veld-${id}-bedrag`, '4500000');
    await activate(page, `section[aria-labelledby="besluit-${id}"] button`);
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).toContain('Het besluit is vastgelegd.');
    await activate(page, 'a:has-text("Besluitbrief")');
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).toContain(`Wij kennen u een subsidie toe van ${formatEuro(4_500_000, 'nl')}`);

    await page.goto(`${app.url}/rondes/${f.roundId}`);
    await expectAccessible(page);
    const publicText = await page.locator('main').textContent();
    expect(publicText).toContain('Toets Techniekpact');
    expect(publicText).toContain(formatEuro(4_500_000, 'nl'));
    expect(publicText).not.toContain('Sterk onderbouwd plan');
    await page.close();
  }, 60_000);
});
