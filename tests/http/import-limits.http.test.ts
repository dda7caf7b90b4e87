import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/factories.ts';
import { loginAs, type Visitor } from '../helpers/login.ts';
import { bareRowsCsv, backtrackingAmountCsv, xfdColumnXlsx } from '../helpers/pathological-files.ts';
import { useOfficeApp } from '../helpers/office-app.ts';

// Files that once stalled the server are refused with a reason; refusal lists stay a small page.
describe('import limits in the portal', () => {
  const s = useOfficeApp({ consortium: true });

  const upload = (who: Visitor, soort: string, bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.set('_csrf', who.csrfToken);
    form.set('soort', soort);
    form.set('bestand', new File([bytes as Uint8Array<ArrayBuffer>], name));
    return who.request('/portaal/import/voorbeeld', { method: 'POST', body: form });
  };

  it('refuses a value in column XFD and an amount that made the pattern backtrack, with the reason', async () => {
    const xfd = await upload(s.office, 'organisaties', xfdColumnXlsx(), 'xfd.xlsx');
    expect(xfd.status).toBe(400);
    expect(await xfd.text()).toContain('waarden voorbij kolom 64');
    const amount = await upload(s.office, 'begrotingen', backtrackingAmountCsv(), 'begroting.csv');
    expect(amount.status).toBe(400);
    expect(await amount.text()).toContain('is geen bedrag');
  });

  it('shows 100 refusals and how many more, and offers the full list as a CSV download', async () => {
    const response = await upload(s.office, 'organisaties', bareRowsCsv(350), 'kaal.csv');
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('350 regel(s) geweigerd');
    expect(html).toContain('en nog 250 andere regels.');
    expect(html.match(/<li>Regel \d+/g)).toHaveLength(100);
    const content = /action="\/portaal\/import\/weigeringen"[\s\S]*?name="inhoud" value="([^"]+)"/.exec(html)?.[1] as string;
    const csv = await s.office.post('/portaal/import/weigeringen', { soort: 'organisaties', inhoud: content });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('regel;kolom;reden');
    expect(lines).toHaveLength(351);
  });

  it('keeps an assessor out of the import: no menu item, 403 on the page and on an upload', async () => {
    const assessor = await loginAs(s.app, s.programme.assessor.email, TEST_PASSWORD);
    expect(await (await assessor.request('/portaal')).text()).not.toContain('href="/portaal/import"');
    expect((await assessor.request('/portaal/import')).status).toBe(403);
    const csv = new TextEncoder().encode('naam;soort\nStichting Beoordeeld;overig\n');
    expect((await upload(assessor, 'organisaties', csv, 'o.csv')).status).toBe(403);
    expect((await upload(assessor, 'begrotingen', csv, 'o.csv')).status).toBe(403);
  });
});
