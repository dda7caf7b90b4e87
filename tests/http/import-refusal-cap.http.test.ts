import { describe, expect, it } from 'vitest';
import { bareRowsCsv } from '../helpers/pathological-files.ts';
import { useOfficeApp } from '../helpers/office-app.ts';

// The check stops at 1.000 refused rows: the page says the download holds those, in Dutch and in English.
describe('the refusal download of a file with more refused rows than the check reads', () => {
  const s = useOfficeApp();

  const upload = async (path: string, rows: number) => {
    const form = new FormData();
    form.set('_csrf', s.office.csrfToken);
    form.set('soort', 'organisaties');
    form.set('bestand', new File([bareRowsCsv(rows) as Uint8Array<ArrayBuffer>], 'kaal.csv'));
    const response = await s.office.request(path, { method: 'POST', body: form });
    expect(response.status).toBe(400);
    return response.text();
  };

  it('says the download holds the first 1.000 refusals, and names the button so', async () => {
    const html = await upload('/portaal/import/voorbeeld', 1_500);
    expect(html).toContain('de download bevat die 1.000 weigeringen, niet de regels daarna.');
    expect(html).toContain('De eerste 1.000 weigeringen downloaden (CSV)');
    const english = await upload('/en/portaal/import/voorbeeld', 1_500);
    expect(english).toContain('the download holds those 1,000 refusals, not the lines after them.');
    expect(english).toContain('Download the first 1,000 refusals (CSV)');
  });

  it('offers all refusals, without the note, when the check read the whole file', async () => {
    const html = await upload('/portaal/import/voorbeeld', 300);
    expect(html).toContain('Alle weigeringen downloaden (CSV)');
    expect(html).not.toContain('de download bevat die');
  });
});
