import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { MAX_IMPORT_BYTES } from '../../domain/import/read-table.ts';
import { TooLarge, type ErrorCode } from '../../errors.ts';

// Request bodies are capped before anything reads them: a 100 MB upload is refused without being held in memory.
const FORM_BYTES = 1024 * 1024;
// An import travels twice: as the upload, and base64-encoded (4/3) in the confirm form.
const IMPORT_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + FORM_BYTES;

const limit = (maxSize: number, message: ErrorCode) => bodyLimit({ maxSize, onError: () => { throw new TooLarge(message); } });
const forms = limit(FORM_BYTES, 'formTooLarge');
const imports = limit(IMPORT_BYTES, 'fileTooLarge');

export function bodyLimits(): MiddlewareHandler {
  return (c, next) => (/^(\/en)?\/portaal\/import\//.test(c.req.path) ? imports(c, next) : forms(c, next));
}
