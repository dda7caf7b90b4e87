import { Hono } from 'hono';
import { requireRole } from '../../services/authorize.ts';
import { AuditFilter, listAuditEntries, listAuditFacets } from '../../services/audit/list-audit-entries.ts';
import { listOutbox } from '../../services/mail/list-outbox.ts';
import { listMyConsortia } from '../../services/users/list-my-consortia.ts';
import { AuditPage, type AuditQuery } from '../../views/portal/audit-page.tsx';
import { OutboxPage } from '../../views/portal/outbox-page.tsx';
import { PortalHome } from '../../views/portal/portal-home.tsx';
import { todayOf, type AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { listMyTasks } from '../../services/tasks/list-my-tasks.ts';
import { csrfOf, serviceContext } from './form-helpers.ts';
import { renderPage } from '../render.ts';
import { portalSessionOf, requirePortalActor } from './portal-session.ts';
import { createUserRoutes } from './users.tsx';
import { createPasswordRoutes } from './password-routes.tsx';
import { createImportRoutes } from './imports.tsx';
import { createKnowledgePortalRoutes } from './knowledge-routes.tsx';
import { createConsortiumPortalRoutes } from './consortium-routes.tsx';
import { createOfficePortalRoutes } from './office-routes.tsx';
import { createReportPortalRoutes } from './report-routes.tsx';
import { createSelectionPortalRoutes } from './selection-routes.tsx';
import { selectionHomeBlocks } from './selection-home.tsx';
import { createChangeRequestRoutes } from './change-request-routes.tsx';
import { createRulesRoutes } from './rules-routes.tsx';
import { createApplicationRoutes } from './application-routes.tsx';
import { createRoundOfficeRoutes } from './round-office-routes.tsx';

/** The portal: mounted at /portaal and /en/portaal; anonymous visitors are sent to /inloggen first. */
export function createPortalRoutes(deps: AppDeps): Hono {
  const { db, config } = deps;
  const router = new Hono();
  router.use('*', async (c, next) => {
    requirePortalActor(c);
    await next();
  });

  router.get('/', async (c) => {
    const ctx = serviceContext(c, db);
    const session = portalSessionOf(c);
    const today = todayOf(deps);
    const [tasks, consortia] = await Promise.all([listMyTasks(ctx, { today }), listMyConsortia(ctx)]);
    return renderPage(c, <PortalHome portal={portalSessionOf(c)} locale={session.locale} csrfToken={csrfOf(c)} userName={session.userName} roles={session.roles}
      tasks={tasks} today={today} consortia={consortia} blocks={await selectionHomeBlocks(ctx, session)} />);
  });

  router.get('/audit', async (c) => {
    const ctx = serviceContext(c, db);
    requireRole(ctx, 'programmabureau');
    const raw = c.req.query();
    const parsed = AuditFilter.safeParse(raw);
    // An invalid filter value is dropped rather than failing the whole page.
    const filter = parsed.success ? parsed.data : AuditFilter.safeParse({ pagina: raw.pagina }).data ?? AuditFilter.parse({});
    const [result, facets] = await Promise.all([listAuditEntries(ctx, filter), listAuditFacets(ctx)]);
    const query: AuditQuery = {
      entiteit: filter.entiteit ?? '', actie: filter.actie ?? '', gebruiker: filter.gebruiker ? String(filter.gebruiker) : '', van: filter.van ?? '', tot: filter.tot ?? '',
    };
    return renderPage(c, <AuditPage portal={portalSessionOf(c)} locale={localeOf(c)} result={result} facets={facets} query={query} />);
  });

  router.get('/outbox', async (c) => {
    const mails = await listOutbox(serviceContext(c, db));
    return renderPage(c, <OutboxPage portal={portalSessionOf(c)} locale={localeOf(c)} mails={mails} smtpConfigured={!!config.smtpUrl} />);
  });

  router.route('/gebruikers', createUserRoutes(deps));
  router.route('/wachtwoord', createPasswordRoutes(deps));
  router.route('/import', createImportRoutes(deps));
  router.route('/kennis', createKnowledgePortalRoutes(deps));
  // Consortium upkeep, progress reports and the office's review and progress view.
  router.route('/', createConsortiumPortalRoutes(deps));
  router.route('/', createReportPortalRoutes(deps));
  router.route('/', createOfficePortalRoutes(deps));
  router.route('/', createSelectionPortalRoutes(deps));
  router.route('/', createApplicationRoutes(deps));
  router.route('/', createRoundOfficeRoutes(deps));
  router.route('/', createChangeRequestRoutes(deps));
  router.route('/', createRulesRoutes(deps));
  return router;
}
