import type { Context } from 'hono';
import { TooLarge } from '../../errors.ts';
import { boundaryOf, MultipartScanner, type MultipartEvent, type PartHead } from './multipart-stream.ts';

// An upload form read as it arrives: its small fields first (the CSRF token among them), then its file as a
// stream, so the import can read and refuse the file before the whole body is in. Our forms put the token
// and the other fields before the file (browsers send fields in document order); a file that comes before
// the token is held, bounded by the body limit, and never read before the token has been checked.
const STREAMED = /^(\/en)?\/portaal\/import\/voorbeeld$/;
const FIELD_BYTES = 1024 * 1024;

export type UploadFile = { field: string; name: string; chunks: AsyncIterable<Uint8Array> };
export type StreamedUpload = {
  /** The fields read so far: those before the file, and after `rest()` all of them. */
  fields: Record<string, string>;
  /** The form's first file, as it arrives (or held, when it came before the token). */
  file: UploadFile | null;
  /** Reads the fields after the file, up to the closing boundary, once the file has been read. */
  rest: () => Promise<Record<string, string>>;
};

/** Whether this request's body is a multipart upload that the route reads as a stream. */
export const isStreamedUpload = (c: Context) => c.req.method === 'POST' && STREAMED.test(c.req.path) && boundaryOf(c.req.header('content-type')) !== null;

const opened = new WeakMap<Context, Promise<StreamedUpload | null>>();

/** The request's upload, opened once (by the CSRF check, then taken by the route); null when it is not streamed. */
export function openUpload(c: Context, tokenField: string): Promise<StreamedUpload | null> {
  let upload = opened.get(c);
  if (!upload) {
    const body = c.req.raw.body;
    upload = isStreamedUpload(c) && body ? open(new MultipartReader(body, boundaryOf(c.req.header('content-type'))!), tokenField) : Promise.resolve(null);
    opened.set(c, upload);
  }
  return upload;
}

async function open(reader: MultipartReader, tokenField: string): Promise<StreamedUpload> {
  const fields: Record<string, string> = {};
  let file: UploadFile | null = null;
  const rest = async () => {
    for (let head = await reader.nextPart(); head; head = await reader.nextPart()) if (head.filename === undefined) fields[head.name] ??= await reader.text();
    return fields;
  };
  for (let head = await reader.nextPart(); head; head = await reader.nextPart()) {
    if (head.filename === undefined) { fields[head.name] ??= await reader.text(); continue; }
    if (file) continue; // a second file is not read
    const found = { field: head.name, name: head.filename };
    if (tokenField in fields) return { fields, file: { ...found, chunks: reader.chunks() }, rest };
    file = { ...found, chunks: held(await reader.all()) };
  }
  return { fields, file, rest };
}

async function* held(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

/** Pulls a multipart body's events from its stream, one part at a time. */
export class MultipartReader {
  private readonly scanner: MultipartScanner;
  private readonly stream: ReadableStreamDefaultReader<Uint8Array>;
  private events: MultipartEvent[] = [];
  private at = 0;
  private inPart = false;

  constructor(body: ReadableStream<Uint8Array>, boundary: string) {
    this.scanner = new MultipartScanner(boundary);
    this.stream = body.getReader();
  }

  private async next(): Promise<MultipartEvent | null> {
    while (this.at >= this.events.length) {
      const { done, value } = await this.stream.read();
      if (done) { this.scanner.end(); return null; }
      this.events = this.scanner.push(value);
      this.at = 0;
    }
    return this.events[this.at++]!;
  }

  /** The next part's head (any data of the current part left unread is skipped), or null after the last. */
  async nextPart(): Promise<PartHead | null> {
    for (let event = await this.next(); event; event = await this.next()) {
      if (event.kind === 'head') { this.inPart = true; return event.head; }
      if (event.kind === 'done') return null;
    }
    return null;
  }

  /** The current part's next bytes, or null at its end. */
  async chunk(): Promise<Uint8Array | null> {
    if (!this.inPart) return null;
    const event = await this.next();
    if (event?.kind === 'data') return event.bytes;
    this.inPart = false;
    return null;
  }

  async *chunks(): AsyncGenerator<Uint8Array> {
    for (let chunk = await this.chunk(); chunk; chunk = await this.chunk()) yield chunk;
  }

  /** The current part whole, bounded by the body limit. */
  async all(): Promise<Uint8Array[]> {
    const parts: Uint8Array[] = [];
    for await (const chunk of this.chunks()) parts.push(chunk);
    return parts;
  }

  /** The current part as text: a form field, refused past 1 MB, as any form. */
  async text(): Promise<string> {
    const parts: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of this.chunks()) {
      size += chunk.byteLength;
      if (size > FIELD_BYTES) throw new TooLarge('formTooLarge');
      parts.push(chunk);
    }
    return Buffer.concat(parts).toString('utf8');
  }
}
