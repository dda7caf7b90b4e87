import { describe, expect, it, onTestFinished } from 'vitest';
import { getBudgetGrid } from '../../src/services/consortia/get-budget-grid.ts';
import { createBudgetWorld } from '../helpers/budget-factory.ts';
import { as, createPortalTestApp, TEST_CSRF } from '../helpers/portal-test-app.ts';
import { createTestDatabase } from '../helpers/test-db.ts';

describe('budget rules and change requests in the portal (HTTP)', () => {
  // The change request alters the budget another test totals, and a new rule version lands in the current (first)
  // programme: each test gets a database and budget world of its own, closed when it ends.
  async function arrangeWorld() {
    const database = await createTestDatabase('pglite');
    onTestFinished(() => database.dispose());
    const w = await createBudgetWorld(database.db);
    const app = createPortalTestApp(database.db);
    const budgetPath = `/portaal/consortia/${w.consortiumId}/begroting`;
    const cellForm = async (amount: string, extra: Record<string, string> = {}) => {
      const grid = await getBudgetGrid({ db: database.db, actor: w.office }, { consortiumId: w.consortiumId });
      const c = grid.cells.find((x) => x.actionLineId === w.actionLineIds[0] && x.year === 2025 && x.source === 'bedrijfsleven')!;
      return { _csrf: TEST_CSRF, [`begroting.${c.actionLineId}.2025.bedrijfsleven`]: amount, [`versie.${c.actionLineId}.2025.bedrijfsleven`]: String(c.version), ...extra };
    };
    return { w, app, budgetPath, cellForm };
  }

  it('shows totals per row, column and source with Dutch thousands separators', async () => {
    const { w, app, budgetPath } = await arrangeWorld();
    const html = await (await app.request(budgetPath, as(w.coordinator))).text();
    expect(html).toContain('Totalen van de begroting');
    expect(html).toContain('value="100.000"');
    // The whole budget: 6 cells of 100.000 subsidy and 6 of business cofinancing.
    expect(html).toContain('<strong>1.200.000</strong>');
    expect(html).toContain('<strong>600.000</strong>');
  });

  it('refuses a change beyond the threshold with the numbers, offers a change request, and the office approves it', async () => {
    const { w, app, budgetPath, cellForm } = await arrangeWorld();
    const refused = await app.request(budgetPath, as(w.coordinator, await cellForm('400.000')));
    expect(refused.status).toBe(400);
    // Intl writes a no-break space after the euro sign.
    const html = (await refused.text()).replace(/\u00a0/g, ' ');
    expect(html).toContain('Kostenpost AL1 wijkt 50% af van de goedgekeurde begroting (€ 600.000 → € 900.000); boven 25% is een wijzigingsverzoek nodig.');
    expect(html).toContain('name="motivering"');
    expect(html).toContain('value="400.000"');

    const filed = await app.request(budgetPath, as(w.coordinator, await cellForm('400.000', { actie: 'wijzigingsverzoek', motivering: 'Meer leerplaatsen.' })));
    expect(filed.status).toBe(303);
    expect(filed.headers.get('location')).toContain('melding=verzoek_ingediend');
    expect(await (await app.request(budgetPath, as(w.coordinator))).text()).toContain('Wacht op besluit');

    expect((await app.request('/portaal/bureau/wijzigingsverzoeken', as(w.coordinator))).status).toBe(403);
    const office = await (await app.request('/portaal/bureau/wijzigingsverzoeken', as(w.office))).text();
    expect(office).toContain('Meer leerplaatsen.');
    // The office sees what the cell is planned at now beside what is asked.
    expect(office).toContain('100.000 → 400.000');
    const id = /wijzigingsverzoeken\/(\d+)\/besluit/.exec(office)![1];
    const noReason = await app.request(`/portaal/bureau/wijzigingsverzoeken/${id}/besluit`, as(w.office, { _csrf: TEST_CSRF, version: '1', besluit: 'afgewezen', toelichting: '' }));
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain('Schrijf waarom het verzoek wordt afgewezen.');
    const approved = await app.request(`/portaal/bureau/wijzigingsverzoeken/${id}/besluit`, as(w.office, { _csrf: TEST_CSRF, version: '1', besluit: 'goedgekeurd', toelichting: '' }));
    expect(approved.status).toBe(303);
    expect(await (await app.request(budgetPath, as(w.coordinator))).text()).toContain('value="400.000"');
  });

  it('shows the office every rule version with its source and validity, and adds a version', async () => {
    const { w, app } = await arrangeWorld();
    expect((await app.request('/portaal/bureau/regels', as(w.coordinator))).status).toBe(403);
    const page = await (await app.request('/portaal/bureau/regels', as(w.office))).text();
    expect(page).toContain('drempel_wijzigingsverzoek');
    const added = await app.request('/portaal/bureau/regels', as(w.office, { _csrf: TEST_CSRF, code: 'drempel_wijzigingsverzoek', value: '0.2', validFrom: '2027-01-01', descriptionNl: 'Strengere drempel', source: 'Besluit bureau' }));
    expect(added.status).toBe(303);
    const after = await (await app.request('/portaal/bureau/regels', as(w.office))).text();
    expect(after).toContain('Strengere drempel');
    expect(after).toContain('t/m 31 december 2026');
    const bad = await app.request('/portaal/bureau/regels', as(w.office, { _csrf: TEST_CSRF, code: 'drempel_wijzigingsverzoek', value: 'veel', validFrom: '2028-01-01', descriptionNl: 'x' }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('geen geldige JSON');
  });
});
