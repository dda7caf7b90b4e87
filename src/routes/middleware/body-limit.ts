import { bodyLimit } from 'hono/body-limit';
import type { Context, MiddlewareHandler } from 'hono';
import { MAX_IMPORT_BYTES } from '../../domain/import/read-table.ts';
import { TooLarge, type ErrorCode } from '../../errors.ts';
import { isStreamedUpload } from './streamed-upload.ts';

// Request bodies are capped before anything reads them: a 100 MB upload is refused without being held in memory.
const FORM_BYTES = 1024 * 1024;
// An import travels twice: as the upload, and base64-encoded (4/3) in the confirm form.
const IMPORT_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + FORM_BYTES;
// The upload itself: the file and the form's small fields.
const UPLOAD_BYTES = MAX_IMPORT_BYTES + FORM_BYTES;

const limit = (maxSize: number, message: ErrorCode) => bodyLimit({ maxSize, onError: () => { throw new TooLarge(message); } });
const forms = limit(FORM_BYTES, 'formTooLarge');
const imports = limit(IMPORT_BYTES, 'fileTooLarge');

/**
 * A streamed upload is counted as it is read, not read ahead (hono's limit reads a body without a length
 * whole before passing it on): its reader gets an error once the body passes the limit.
 */
function countedUpload(c: Context): void {
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > UPLOAD_BYTES) throw new TooLarge('fileTooLarge');
  const body = c.req.raw.body;
  if (!body) return;
  let size = 0;
  const counted = body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      size += chunk.byteLength;
      if (size > UPLOAD_BYTES) controller.error(new TooLarge('fileTooLarge'));
      else controller.enqueue(chunk);
    },
  }), { preventCancel: true }); // the connection stays open for the refusal; the server drains or closes it after

  c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
}

export function bodyLimits(): MiddlewareHandler {
  return async (c, next) => {
    if (isStreamedUpload(c)) { countedUpload(c); return next(); }
    return /^(\/en)?\/portaal\/import\//.test(c.req.path) ? imports(c, next) : forms(c, next);
  };
}
