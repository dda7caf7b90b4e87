import { isImportType, type ImportType } from '../../domain/import/import-types.ts';
import { Invalid } from '../../errors.ts';
import type { ImportFile } from '../../services/imports/read-import-file.ts';
import type { StreamedUpload } from '../middleware/streamed-upload.ts';

// The import's upload as the preview reads it: streamed when the form named its type before the file (ours
// does), held whole when the type came after it. The bytes are kept on the way for the confirm form.
export type UploadedImport = { type: ImportType } & ({ file: null } | {
  /** The file for the preview: its chunks as they arrive, or its bytes. */
  file: ImportFile;
  fileName: string;
  /** After the preview: the file as base64 for the confirm form, or undefined when it was refused before its end. */
  content: () => Promise<string | undefined>;
});

export function typeOf(value: unknown): ImportType {
  if (isImportType(value)) return value;
  throw new Invalid('importTypeMissing', [{ name: 'soort', reason: 'importTypeChoose' }]);
}

/** The upload's type and file; no file when none was chosen (a browser then sends an empty one without a name). */
export async function uploadedImport({ fields, file, rest }: StreamedUpload): Promise<UploadedImport> {
  if (!file || file.name === '') return { type: typeOf((await rest()).soort), file: null };
  const chunks = file.chunks[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return { type: typeOf((await rest()).soort), file: null };
  const kept: Uint8Array[] = [first.value];
  if (!isImportType(fields.soort)) {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) kept.push(next.value);
    const type = typeOf((await rest()).soort);
    const bytes = Buffer.concat(kept);
    return { type, fileName: file.name, file: bytes, content: async () => bytes.toString('base64') };
  }
  let complete = false;
  async function* keeping(): AsyncGenerator<Uint8Array> {
    yield first.value as Uint8Array;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) { kept.push(next.value); yield next.value; }
    complete = true;
  }
  // Read to the closing boundary only when the file was: a refused upload is not read further.
  const content = async () => (complete ? (await rest(), Buffer.concat(kept).toString('base64')) : undefined);
  return { type: fields.soort, fileName: file.name, file: keeping(), content };
}
