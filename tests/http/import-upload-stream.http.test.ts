import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../src/domain/import/import-limits.ts';
import { TEST_PASSWORD } from '../helpers/factories.ts';
import { fingerprint } from '../helpers/db-fingerprint.ts';
import { loginAs, type Visitor } from '../helpers/login.ts';
import { hugeCsv, zipBombXlsx } from '../helpers/pathological-files.ts';
import { useOfficeApp } from '../helpers/office-app.ts';

/** A form as the bytes and content type a browser sends. */
async function encode(fields: [string, string | File][]): Promise<{ body: Uint8Array<ArrayBuffer>; type: string }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const response = new Response(form);
  return { body: new Uint8Array(await response.arrayBuffer()), type: response.headers.get('content-type')! };
}

/** A body that sends its first `bytes` and then never ends, as a client still uploading. */
function stalled(body: Uint8Array, bytes: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull: (controller) => {
      if (at >= bytes) return new Promise(() => undefined);
      controller.enqueue(body.slice(at, Math.min(at + 64 * 1024, bytes)));
      at += 64 * 1024;
    },
  });
}

// The import's upload is read as a stream: the CSRF token from the fields before the file, limits as it arrives.
describe('the streamed import upload', () => {
  const s = useOfficeApp({ consortium: true });

  const send = (who: Visitor, { body, type }: { body: BodyInit; type: string }) =>
    who.request('/portaal/import/voorbeeld', { method: 'POST', body, headers: { 'content-type': type }, duplex: 'half' } as RequestInit);
  const file = (text: string) => new File([text], 'o.csv');

  it('still checks the CSRF token: missing, wrong, or from another session, refused with 403 and nothing read', async () => {
    const csv = file('naam;soort\nStiekem B.V.;overig\n');
    const without = await encode([['soort', 'organisaties'], ['bestand', csv]]);
    expect((await send(s.office, without)).status).toBe(403);
    const wrong = await encode([['_csrf', 'x'.repeat(43)], ['soort', 'organisaties'], ['bestand', csv]]);
    expect((await send(s.office, wrong)).status).toBe(403);
    const other = await loginAs(s.app, s.programme.office.email, TEST_PASSWORD);
    const foreign = await encode([['_csrf', other.csrfToken], ['soort', 'organisaties'], ['bestand', csv]]);
    expect((await send(s.office, foreign)).status).toBe(403);
  });

  it('reads a token and type that come after the file (the file is held until then)', async () => {
    const upload = await encode([['bestand', file('naam;soort\nLaat B.V.;overig\n')], ['soort', 'organisaties'], ['_csrf', s.office.csrfToken]]);
    const response = await send(s.office, upload);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Laat B.V.');
  });

  it('refuses a body cut off before its closing boundary with a message, and writes nothing', async () => {
    const before = await fingerprint(s.database.db);
    const { body, type } = await encode([['_csrf', s.office.csrfToken], ['soort', 'organisaties'], ['bestand', file('naam;soort\nHalf B.V.;overig\n')]]);
    const response = await send(s.office, { body: body.subarray(0, body.length - 20), type });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Het bestand is niet helemaal aangekomen');
    expect(await fingerprint(s.database.db)).toEqual(before);
  });

  it('refuses a body over the limit while reading it, also without a Content-Length', async () => {
    const { body, type } = await encode([['_csrf', s.office.csrfToken], ['soort', 'organisaties'], ['bestand', new File([new Uint8Array(12 * 1024 * 1024).fill(0x41)], 'groot.csv')]]);
    const streamed = await send(s.office, { body: stalled(body, body.length), type });
    expect(streamed.status).toBe(413);
    expect(await streamed.text()).toContain('Het bestand is te groot; de grens is 10 MB.');
    const declared = await s.office.request('/portaal/import/voorbeeld', { method: 'POST', body: 'x', headers: { 'content-type': type, 'content-length': String(body.length) } });
    expect(declared.status).toBe(413);
  });

  it('refuses a CSV over the row limit and a zip bomb before their upload has ended', async () => {
    // These bodies never end: only a refusal made while the upload is still coming can answer.
    const csv = await encode([['_csrf', s.office.csrfToken], ['soort', 'organisaties'], ['bestand', new File([hugeCsv() as Uint8Array<ArrayBuffer>], 'groot.csv')]]);
    const rows = await send(s.office, { body: stalled(csv.body, csv.body.length - 64 * 1024), type: csv.type });
    expect(rows.status).toBe(400);
    expect(await rows.text()).toContain(`meer dan ${IMPORT_LIMITS.rows.toLocaleString('nl-NL')} regels`);
    const bomb = await encode([['_csrf', s.office.csrfToken], ['soort', 'organisaties'], ['bestand', new File([zipBombXlsx(200, { lie: true }) as Uint8Array<ArrayBuffer>], 'bom.xlsx')]]);
    const unpacked = await send(s.office, { body: stalled(bomb.body, bomb.body.length - 1024), type: bomb.type });
    expect(unpacked.status).toBe(400);
    expect(await unpacked.text()).toContain('uitgepakt groter dan');
  });

  it('treats a form that is not multipart as one without a file, and a body that is no form as forged', async () => {
    const plain = await s.office.post('/portaal/import/voorbeeld', { soort: 'organisaties' });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toContain('Kies een bestand om in te lezen.');
    const text = await send(s.office, { body: `_csrf=${s.office.csrfToken}`, type: 'text/plain' });
    expect(text.status).toBe(403);
  });
});
