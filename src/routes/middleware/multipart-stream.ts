import { Invalid } from '../../errors.ts';

// A multipart/form-data body (RFC 7578) read as its chunks arrive, in linear time and bounded memory: only
// a part's headers and the few bytes that may begin a boundary are held; a part's data is passed on as it comes.
export type PartHead = { name: string; filename?: string };
export type MultipartEvent = { kind: 'head'; head: PartHead } | { kind: 'data'; bytes: Uint8Array } | { kind: 'end' } | { kind: 'done' };

const CRLF = Buffer.from('\r\n');
const HEADERS_END = Buffer.from('\r\n\r\n');
const HEADERS_MAX = 16 * 1024;
const PADDING_MAX = 256;

/** The body cannot be read as the form it claims to be (cut off, or not multipart at all). */
export const brokenUpload = () => new Invalid('import.uploadBroken');

/** The boundary of a multipart/form-data content type, or null. */
export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2])! : null;
}

export class MultipartScanner {
  private state: 'preamble' | 'boundary' | 'headers' | 'data' | 'done' = 'preamble';
  // A line break before the first boundary, so it is found like the others ("\r\n--" + boundary).
  private held: Buffer = CRLF;
  private readonly delimiter: Buffer;

  constructor(boundary: string) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  /** The events the next bytes complete; a part's data may come in several. */
  push(chunk: Uint8Array): MultipartEvent[] {
    const incoming = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const events: MultipartEvent[] = [];
    const streaming = this.state === 'data' || this.state === 'preamble';
    let buffer = !this.held.length ? incoming
      : streaming && incoming.length >= this.delimiter.length ? this.seam(incoming, events)
        : Buffer.concat([this.held, incoming]);
    for (;;) {
      if (this.state === 'done') { buffer = Buffer.alloc(0); break; } // the epilogue is ignored
      if (this.state === 'preamble' || this.state === 'data') {
        const at = buffer.indexOf(this.delimiter);
        // Without a boundary, all but the bytes that may begin one are data (or preamble, dropped).
        const safe = at < 0 ? buffer.length - this.delimiter.length + 1 : at;
        if (this.state === 'data' && safe > 0) events.push({ kind: 'data', bytes: buffer.subarray(0, safe) });
        if (at < 0) { buffer = buffer.subarray(Math.max(0, safe)); break; }
        if (this.state === 'data') events.push({ kind: 'end' });
        buffer = buffer.subarray(at + this.delimiter.length);
        this.state = 'boundary';
      } else if (this.state === 'boundary') {
        if (buffer.length < 2) break;
        if (buffer[0] === 0x2d && buffer[1] === 0x2d) { this.state = 'done'; events.push({ kind: 'done' }); continue; }
        const at = buffer.indexOf(CRLF);
        if (at < 0 && buffer.length > PADDING_MAX) throw brokenUpload();
        if (at < 0) break;
        // Only blanks may follow a boundary on its line (transport padding).
        if (buffer.subarray(0, at).some((byte) => byte !== 0x20 && byte !== 0x09)) throw brokenUpload();
        buffer = buffer.subarray(at + 2);
        this.state = 'headers';
      } else {
        const at = buffer.indexOf(HEADERS_END);
        if (at < 0 && buffer.length > HEADERS_MAX) throw brokenUpload();
        if (at < 0) break;
        events.push({ kind: 'head', head: partHead(buffer.subarray(0, at).toString('utf8')) });
        buffer = buffer.subarray(at + HEADERS_END.length);
        this.state = 'data';
      }
    }
    this.held = buffer;
    return events;
  }

  /**
   * Where the held bytes meet the next chunk: only there is a boundary split, so only those few bytes are copied
   * (a part's data is passed on as views of the chunks it came in). Returns the chunk from where reading goes on.
   */
  private seam(incoming: Buffer, events: MultipartEvent[]): Buffer {
    const held = this.held;
    const at = Buffer.concat([held, incoming.subarray(0, this.delimiter.length - 1)]).indexOf(this.delimiter);
    if (at < 0) {
      if (this.state === 'data') events.push({ kind: 'data', bytes: held });
      return incoming;
    }
    if (this.state === 'data') {
      if (at > 0) events.push({ kind: 'data', bytes: held.subarray(0, at) });
      events.push({ kind: 'end' });
    }
    this.state = 'boundary';
    return incoming.subarray(at + this.delimiter.length - held.length);
  }

  /** At the body's end: a body that stops before its closing boundary was cut off. */
  end(): void {
    if (this.state !== 'done') throw brokenUpload();
  }
}

/** The name and file name of a part, from its Content-Disposition (browsers escape quotes in them as %22). */
function partHead(headers: string): PartHead {
  const disposition = headers.split('\r\n').find((line) => /^content-disposition\s*:/i.test(line));
  if (!disposition || !/:\s*form-data\s*(;|$)/i.test(disposition)) throw brokenUpload();
  const params = new Map<string, string>();
  for (const match of disposition.matchAll(/;\s*([a-z*]+)\s*=\s*(?:"([^"]*)"|([^;\s]*))/gi)) params.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? '');
  const name = params.get('name');
  if (name === undefined) throw brokenUpload();
  const filename = params.get('filename');
  return filename === undefined ? { name } : { name, filename };
}
