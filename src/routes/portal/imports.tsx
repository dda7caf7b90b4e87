import { Hono, type Context } from 'hono';
import { toCsv } from '../../domain/export/csv.ts';
import { requireImporter } from '../../services/authorize.ts';
import { Invalid } from '../../errors.ts';
import { CSRF_FIELD } from '../middleware/csrf.ts';
import { openUpload } from '../middleware/streamed-upload.ts';
import { typeOf, uploadedImport } from './import-upload.ts';
import { IMPORTS } from '../../services/imports/import-kinds.ts';
import { warmImportReader } from '../../services/imports/read-import-file.ts';
import { errorText } from '../../i18n/errors.ts';
import { importPortal } from '../../i18n/import-portal.ts';
import { localePath } from '../../i18n/messages.ts';
import { ImportPage, type ImportPageProps } from '../../views/portal/import-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { csrfOf, serviceContext } from './form-helpers.ts';
import { requirePortalActor } from './portal-session.ts';
import { portalSessionOf } from './portal-session.ts';

/** /portaal/import: the office, and coordinators for their own consortium (the services check scope per row). */
export function createImportRoutes({ db }: AppDeps): Hono {
  const router = new Hono();
  // An assessor neither sees nor reaches the import: refused before any file is read.
  router.use('*', async (c, next) => {
    requireImporter(serviceContext(c, db));
    await next();
  });
  type Shown = Omit<ImportPageProps, 'locale' | 'csrfToken' | 'roles'>;
  const page = (c: Context, props: Shown, status: 200 | 400 = 200) => {
    const roles = [...new Set(requirePortalActor(c).roles.map((r) => r.role))];
    return renderPage(c, <ImportPage portal={portalSessionOf(c)} locale={localeOf(c)} csrfToken={csrfOf(c)} roles={roles} {...props} />, status);
  };
  router.get('/', (c) => {
    warmImportReader();
    return page(c, { done: c.req.query('ingelezen') ? { created: Number(c.req.query('nieuw') ?? 0), updated: Number(c.req.query('gewijzigd') ?? 0) } : undefined });
  });
  router.post('/voorbeeld', async (c) => {
    const upload = await openUpload(c, CSRF_FIELD);
    // A form that is not a multipart upload has no file.
    const uploaded = upload ? await uploadedImport(upload) : { type: typeOf((await c.req.parseBody()).soort), file: null };
    if (!uploaded.file) return page(c, { type: uploaded.type, error: importPortal(localeOf(c)).fileMissing }, 400);
    const { type, fileName, file } = uploaded;
    const preview = await IMPORTS[type].preview(serviceContext(c, db), file);
    // The checked file travels back with the confirm form, so the import needs no server-side state and no JavaScript.
    return page(c, { type, preview, fileName, content: await uploaded.content() }, preview.refused.length ? 400 : 200);
  });
  router.post('/inlezen', async (c) => {
    const body = await c.req.parseBody();
    const type = typeOf(body.soort);
    const content = String(body.inhoud ?? '');
    const fileName = String(body.bestandsnaam ?? '') || importPortal(localeOf(c)).thisFile;
    const bytes = new Uint8Array(Buffer.from(content, 'base64'));
    try {
      const result = await IMPORTS[type].commit(serviceContext(c, db), bytes);
      const done = `?ingelezen=1&nieuw=${result.create.length}&gewijzigd=${result.update.length}`;
      return c.redirect(`${localePath(localeOf(c), '/portaal/import')}${done}`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      // The data changed since the preview (another import, an approved report): check the file again, so every
      // refusal shows its own line and column, as in the preview, rather than as one flattened message.
      const preview = await IMPORTS[type].preview(serviceContext(c, db), bytes);
      return page(c, { type, preview, fileName, content, error: error.code, errorValues: error.values }, 400);
    }
  });
  // Every refusal of a checked file, for a file with more than the page shows.
  router.post('/weigeringen', async (c) => {
    const body = await c.req.parseBody();
    const type = typeOf(body.soort);
    const bytes = new Uint8Array(Buffer.from(String(body.inhoud ?? ''), 'base64'));
    const { refused } = await IMPORTS[type].preview(serviceContext(c, db), bytes);
    const locale = localeOf(c);
    const names = importPortal(locale).refusalColumns;
    const csv = toCsv(refused, [
      { header: names.line, value: (p) => p.line },
      { header: names.column, value: (p) => p.column },
      { header: names.reason, value: (p) => errorText(locale, p.code, p.values) },
    ]);
    const disposition = `attachment; filename="${names.file}-${type}.csv"`;
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': disposition });
  });
  return router;
}
