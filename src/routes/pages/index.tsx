import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { getDataGeneration } from '../../services/audit/get-data-generation.ts';
import { listActionLines } from '../../services/action-lines/list-action-lines.ts';
import { getProgrammeFigures } from '../../services/figures/get-programme-figures.ts';
import { listProgrammeFacts } from '../../services/knowledge/list-programme-facts.ts';
import { listPublicItems } from '../../services/knowledge/list-public-items.ts';
import { getCurrentProgramme } from '../../services/programmes/get-current-programme.ts';
import { AccessibilityPage } from '../../views/accessibility-page.tsx';
import { HomePage } from '../../views/home-page.tsx';
import { OpenDataPage } from '../../views/open-data-page.tsx';
import { DataDictionaryPage } from '../../views/data-dictionary-page.tsx';
import { dataDictionary } from '../api/v1/open-dataset.ts';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { createConsortiumPageRoutes } from './consortium-pages.tsx';
import { createDashboardRoutes } from './dashboard.tsx';
import { createDownloadRoutes } from './downloads.ts';
import { createNetworkMapRoutes } from './network-map.tsx';
import { createRoundPageRoutes } from './rounds.tsx';
import { countVisits } from './count-visits.ts';
import { createEventRegistrationRoutes } from './event-registration-pages.tsx';
import { createKnowledgePageRoutes } from './knowledge-pages.tsx';
import { coalesceReads } from '../middleware/coalesce-reads.ts';
import { responseCache } from '../middleware/response-cache.ts';
import { renderPage } from '../render.ts';

/** Public pages; mounted at / (Dutch) and /en (English). */
export function createPageRoutes(deps: AppDeps): Hono {
  const { db } = deps;
  const router = new Hono();
  const ctx = { db, actor: null };
  // Public pages are the same for everyone: a CDN may keep them briefly, revalidating by ETag.
  router.use('*', etag(), async (c, next) => {
    await next();
    if (c.req.method === 'GET' && (c.res.status === 200 || c.res.status === 304)) c.header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300');
  });
  router.use('*', countVisits(ctx, deps.logger));
  // Downloads, dashboard, map and consortium pages are computed from whole datasets: reuse them until something is written.
  const { entries, generation } = deps.publicCache ?? { entries: undefined, generation: coalesceReads(() => getDataGeneration(ctx)) };
  const cache = responseCache({ seconds: deps.config.responseCacheSeconds, generation, entries });
  for (const path of ['/downloads/*', '/dashboard', '/dashboard/*', '/kaart', '/kaart/*', '/consortia/*']) router.use(path, cache);
  router.get('/', async (c) => {
    const [programme, figures, facts, actionLines, news, events] = await Promise.all([
      getCurrentProgramme(ctx), getProgrammeFigures(ctx), listProgrammeFacts(ctx), listActionLines(ctx),
      listPublicItems(ctx, { kinds: ['nieuws', 'publicatie'], limit: 3 }), listPublicItems(ctx, { kinds: ['evenement'], upcoming: true, limit: 3 }),
    ]);
    return renderPage(c, <HomePage locale={localeOf(c)} programmeName={programme.name} figures={figures} facts={facts} actionLines={actionLines} news={news} events={events} />);
  });
  router.route('/', createDashboardRoutes(deps));
  router.route('/', createNetworkMapRoutes(deps));
  router.route('/', createDownloadRoutes(deps));
  router.get('/toegankelijkheid', (c) => renderPage(c, <AccessibilityPage locale={localeOf(c)} />));
  router.get('/open-data', (c) => renderPage(c, <OpenDataPage locale={localeOf(c)} />));
  const dictionary = dataDictionary();
  router.get('/open-data/woordenboek', (c) => renderPage(c, <DataDictionaryPage locale={localeOf(c)} tables={dictionary} />));
  router.route('/', createConsortiumPageRoutes({ db }));
  router.route('/', createRoundPageRoutes({ db }));
  router.route('/', createKnowledgePageRoutes(deps));
  router.route('/', createEventRegistrationRoutes(deps));
  return router;
}
