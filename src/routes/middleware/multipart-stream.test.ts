import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../../errors.ts';
import { boundaryOf, MultipartScanner, type MultipartEvent } from './multipart-stream.ts';

/** A form as the bytes and boundary a browser (here undici) sends. */
async function encode(fields: [string, string | File][]): Promise<{ body: Buffer; boundary: string }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const response = new Response(form);
  return { body: Buffer.from(await response.arrayBuffer()), boundary: boundaryOf(response.headers.get('content-type')!)! };
}

/** The body scanned in chunks cut at `cuts`: each part's name, file name and bytes. */
function scan(body: Buffer, boundary: string, cuts: number[]) {
  const scanner = new MultipartScanner(boundary);
  const events: MultipartEvent[] = [];
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < body.length).sort((a, b) => a - b), body.length]) {
    events.push(...scanner.push(body.subarray(from, cut)));
    from = cut;
  }
  scanner.end();
  const parts: { name: string; filename?: string; bytes: Buffer }[] = [];
  for (const event of events) {
    if (event.kind === 'head') parts.push({ ...event.head, bytes: Buffer.alloc(0) });
    if (event.kind === 'data') parts.at(-1)!.bytes = Buffer.concat([parts.at(-1)!.bytes, event.bytes]);
  }
  expect(events.at(-1)).toEqual({ kind: 'done' });
  return parts.map((p) => ({ ...p, text: p.bytes.toString('latin1') }));
}

// Bytes that look like the start of a boundary, so a file's content tests the parser's hold at chunk ends.
const tricky = (boundary: string) => `a\r\n--${boundary.slice(0, 10)}\r\n-\r\n\r\n--\r\nb\r`;

describe('reading a multipart upload as it arrives', () => {
  it('gives every field and the file byte for byte, wherever the chunks are cut (boundaries split across them)', async () => {
    const probe = await encode([['x', 'y']]);
    const content = `naam;soort\n${tricky(probe.boundary)}\u00e9\n`;
    const fields: [string, string | File][] = [['_csrf', 'token'], ['soort', 'organisaties'], ['bestand', new File([content], 'o.csv')], ['na', 'after']];
    const { body, boundary } = await encode(fields);
    const expected = [
      { name: '_csrf', text: 'token' }, { name: 'soort', text: 'organisaties' },
      { name: 'bestand', filename: 'o.csv', text: Buffer.from(content).toString('latin1') }, { name: 'na', text: 'after' },
    ];
    const strip = (parts: ReturnType<typeof scan>) => parts.map(({ bytes: _, ...p }) => p);
    for (let size = 1; size <= 80; size++) {
      const cuts = Array.from({ length: Math.ceil(body.length / size) }, (_, i) => i * size);
      expect(strip(scan(body, boundary, cuts))).toEqual(expected);
    }
    fc.assert(fc.property(fc.array(fc.nat(body.length), { maxLength: 12 }), (cuts) => {
      expect(strip(scan(body, boundary, cuts))).toEqual(expected);
    }), { seed: 13, numRuns: 300 });
  });

  it('reads fields before and after the file, and a part without a file name as a field', async () => {
    const { body, boundary } = await encode([['voor', '1'], ['bestand', new File(['abc'], 'a.csv')], ['na', '2']]);
    expect(scan(body, boundary, [5, 100]).map((p) => [p.name, p.filename, p.text])).toEqual([['voor', undefined, '1'], ['bestand', 'a.csv', 'abc'], ['na', undefined, '2']]);
  });

  it('refuses a body cut off before its closing boundary, in the file or after it', async () => {
    const { body, boundary } = await encode([['_csrf', 't'], ['bestand', new File(['abc'], 'a.csv')]]);
    const end = body.lastIndexOf(`--${boundary}--`);
    for (const length of [end - 10, end, end + 4]) {
      const scanner = new MultipartScanner(boundary);
      scanner.push(body.subarray(0, length));
      expect(() => scanner.end()).toThrow(Invalid);
    }
  });

  it('refuses headers that are not form data, and endless headers, without holding more than 16 KB', () => {
    const scanner = new MultipartScanner('b');
    expect(() => scanner.push(Buffer.from('--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--'))).toThrow(Invalid);
    const endless = new MultipartScanner('b');
    endless.push(Buffer.from('--b\r\n'));
    expect(() => { for (let i = 0; i < 20; i++) endless.push(Buffer.alloc(1024, 0x41)); }).toThrow(Invalid);
  });

  it('takes the boundary only from a multipart/form-data content type', () => {
    expect(boundaryOf('multipart/form-data; boundary=abc')).toBe('abc');
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(boundaryOf('application/x-www-form-urlencoded')).toBeNull();
    expect(boundaryOf('text/plain; boundary=abc')).toBeNull();
    expect(boundaryOf('multipart/form-data')).toBeNull();
    expect(boundaryOf(undefined)).toBeNull();
  });
});
