import { Hono, type Context } from 'hono';
import { toCsv } from '../../domain/export/csv.ts';
import { toXlsx, XLSX_MEDIA_TYPE } from '../../domain/export/xlsx.ts';
import { KNOWLEDGE_FLASH } from '../../i18n/knowledge-portal.ts';
import { requireRole } from '../../services/authorize.ts';
import { eraseExpiredRegistrations } from '../../services/events/erase-expired-registrations.ts';
import { listRegistrations, type RegistrationRow } from '../../services/events/list-registrations.ts';
import { getItemForEdit } from '../../services/knowledge/get-item-for-edit.ts';
import { toAmsterdamLocal } from '../../services/knowledge/knowledge-input.ts';
import { listOfficeItems } from '../../services/knowledge/list-office-items.ts';
import { listPageViews } from '../../services/knowledge/list-page-views.ts';
import { listProposablePps, listTagOptions } from '../../services/knowledge/list-tag-options.ts';
import { proposeGoodPractice } from '../../services/knowledge/propose-good-practice.ts';
import { createKnowledgeItem, updateKnowledgeItem } from '../../services/knowledge/save-knowledge-item.ts';
import { localePath } from '../../i18n/messages.ts';
import { knowledgePortalPaths as paths } from '../../views/portal/knowledge-paths.ts';
import { KnowledgeFormPage } from '../../views/portal/knowledge-form-page.tsx';
import { KnowledgeListPage } from '../../views/portal/knowledge-list-page.tsx';
import { KnowledgeProposalPage } from '../../views/portal/knowledge-proposal-page.tsx';
import { KnowledgeRegistrationsPage } from '../../views/portal/knowledge-registrations-page.tsx';
import { KnowledgeVisitsPage } from '../../views/portal/knowledge-visits-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { csrfOf, flashOf, formErrorState, idParam, readForm, serviceContext, withFlash, type FormState } from './form-helpers.ts';
import { portalSessionOf } from './portal-session.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The office writes and reviews knowledge items, sees registrations and visits; a coordinator proposes a good practice. */
export function createKnowledgePortalRoutes({ db }: Pick<AppDeps, 'db'>): Hono {
  const router = new Hono({ strict: true });
  const to = (c: Context, path: string, flash: string) => c.redirect(withFlash(localePath(localeOf(c), path), flash), 303);

  router.get('/', async (c) => renderPage(c, <KnowledgeListPage portal={portalSessionOf(c)} locale={localeOf(c)} items={await listOfficeItems(serviceContext(c, db))} flash={flashOf(c, KNOWLEDGE_FLASH)} />));

  const renderForm = async (c: Context, itemId: number | null, state: FormState, status: 200 | 400 | 409 = 200) => {
    const ctx = serviceContext(c, db);
    const item = itemId ? await getItemForEdit(ctx, { itemId }) : null;
    return renderPage(c, <KnowledgeFormPage portal={portalSessionOf(c)} locale={localeOf(c)} item={item} options={await listTagOptions(ctx)} csrfToken={csrfOf(c)}
      values={state.values} problems={state.problems} message={state.message} />, status);
  };

  router.get('/nieuw', async (c) => {
    requireRole(serviceContext(c, db), 'programmabureau');
    return renderForm(c, null, { values: { kind: 'nieuws', status: 'concept', publishedOn: new Date().toISOString().slice(0, 10) }, problems: [] });
  });
  router.post('/nieuw', async (c) => {
    requireRole(serviceContext(c, db), 'programmabureau');
    const form = await readForm(c);
    try {
      await createKnowledgeItem(serviceContext(c, db), form);
      return to(c, paths.list, 'aangemaakt');
    } catch (error) {
      const state = formErrorState(form, error);
      if (state) return renderForm(c, null, state, state.status);
      throw error;
    }
  });

  router.get('/bezoek', async (c) => {
    const today = new Date().toISOString().slice(0, 10);
    const from = DAY.test(c.req.query('van') ?? '') ? (c.req.query('van') as string) : new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const until = DAY.test(c.req.query('tot') ?? '') ? (c.req.query('tot') as string) : today;
    const report = await listPageViews(serviceContext(c, db), { from, to: until });
    return renderPage(c, <KnowledgeVisitsPage portal={portalSessionOf(c)} locale={localeOf(c)} from={from} to={until} rows={report.rows} total={report.total} />);
  });

  const renderProposal = async (c: Context, state: FormState, status: 200 | 400 | 409 = 200) =>
    renderPage(c, <KnowledgeProposalPage portal={portalSessionOf(c)} locale={localeOf(c)} pps={await listProposablePps(serviceContext(c, db))} csrfToken={csrfOf(c)}
      values={state.values} problems={state.problems} message={state.message} flash={flashOf(c, KNOWLEDGE_FLASH)} />, status);
  router.get('/voorstel', (c) => renderProposal(c, { values: {}, problems: [] }));
  router.post('/voorstel', async (c) => {
    const form = await readForm(c);
    try {
      await proposeGoodPractice(serviceContext(c, db), form);
      return to(c, paths.propose, 'voorgesteld');
    } catch (error) {
      const state = formErrorState(form, error);
      if (state) return renderProposal(c, state, state.status);
      throw error;
    }
  });

  router.post('/bewaartermijn', async (c) => {
    const ctx = serviceContext(c, db);
    requireRole(ctx, 'programmabureau');
    await eraseExpiredRegistrations(ctx, { now: new Date() });
    const back = (await c.req.parseBody()).terug;
    return to(c, typeof back === 'string' && /^\d+$/.test(back) ? paths.registrations(Number(back)) : paths.list, 'gewist');
  });

  router.get('/:id/aanmeldingen', async (c) => {
    const itemId = idParam(c, 'id');
    const list = await listRegistrations(serviceContext(c, db), { itemId });
    return renderPage(c, <KnowledgeRegistrationsPage portal={portalSessionOf(c)} locale={localeOf(c)} itemId={itemId} title={list.title} capacity={list.capacity} rows={list.rows}
      csrfToken={csrfOf(c)} flash={flashOf(c, KNOWLEDGE_FLASH)} />);
  });
  const download = (ext: 'csv' | 'xlsx') => async (c: Context) => {
    const list = await listRegistrations(serviceContext(c, db), { itemId: idParam(c, 'id') });
    const columns = ['naam', 'email', 'organisatie', 'status', 'aangemeldOp', 'afgemeldOp', 'doorgeschovenOp', 'gewistOp'];
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    const rows = list.rows.map((r: RegistrationRow) => ({ naam: r.name, email: r.email, organisatie: r.organisation, status: r.status,
      aangemeldOp: iso(r.createdAt), afgemeldOp: iso(r.cancelledAt), doorgeschovenOp: iso(r.promotedAt), gewistOp: iso(r.erasedAt) }));
    const filename = `aanmeldingen-${list.slug}`;
    if (ext === 'xlsx') {
      return c.body((await toXlsx('Aanmeldingen', rows, columns)) as unknown as ArrayBuffer, 200, {
        'Content-Type': XLSX_MEDIA_TYPE, 'Content-Disposition': `attachment; filename="${filename}.xlsx"` });
    }
    const csv = toCsv(rows, columns.map((key) => ({ header: key, value: (row: Record<string, string | null>) => row[key] ?? null })));
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}.csv"` });
  };
  router.get('/:id/aanmeldingen.csv', download('csv'));
  router.get('/:id/aanmeldingen.xlsx', download('xlsx'));

  router.get('/:id', async (c) => {
    const itemId = idParam(c, 'id');
    const item = await getItemForEdit(serviceContext(c, db), { itemId });
    const values = {
      kind: item.kind, status: item.status, title: item.title, summary: item.summary, body: item.body, sourceTags: item.sourceTags.join(', '),
      url: item.url ?? '', publishedOn: item.publishedOn, publishAt: toAmsterdamLocal(item.publishAt), startsAt: toAmsterdamLocal(item.startsAt),
      endsAt: toAmsterdamLocal(item.endsAt), location: item.location ?? '', onlineUrl: item.onlineUrl ?? '', capacity: item.capacity ? String(item.capacity) : '',
      results: item.results, contact: item.contact, version: String(item.version),
      actionLines: item.tags.actionLines.map((l) => l.code), sectors: item.tags.sectors.map((s) => s.code), provinces: item.tags.provinces.map((p) => p.code),
      consortia: item.tags.consortia.map((x) => String(x.id)), pps: item.tags.pps.map((p) => String(p.id)),
    };
    return renderPage(c, <KnowledgeFormPage portal={portalSessionOf(c)} locale={localeOf(c)} item={item} options={await listTagOptions(serviceContext(c, db))} csrfToken={csrfOf(c)}
      values={values} problems={[]} />);
  });
  router.post('/:id', async (c) => {
    const itemId = idParam(c, 'id');
    requireRole(serviceContext(c, db), 'programmabureau');
    const form = await readForm(c);
    const version = Number(form.version);
    try {
      await updateKnowledgeItem(serviceContext(c, db), form, { itemId, version: Number.isInteger(version) ? version : -1 });
      return to(c, paths.list, 'opgeslagen');
    } catch (error) {
      const state = formErrorState(form, error);
      if (state) return renderForm(c, itemId, state, state.status);
      throw error;
    }
  });
  return router;
}
