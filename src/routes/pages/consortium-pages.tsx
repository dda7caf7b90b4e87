import { Hono } from 'hono';
import { toSortOrder } from '../../domain/public/table-sort.ts';
import { getConsortiumBudget } from '../../services/public-consortia/get-consortium-budget.ts';
import { getConsortiumProgress } from '../../services/public-consortia/get-consortium-progress.ts';
import { getPublicConsortium } from '../../services/public-consortia/get-public-consortium.ts';
import { getPublicPps } from '../../services/public-consortia/get-public-pps.ts';
import { listConsortiumPps } from '../../services/public-consortia/list-consortium-pps.ts';
import { listConsortiumPartners } from '../../services/public-consortia/list-consortium-partners.ts';
import { listPublicConsortia } from '../../services/public-consortia/list-public-consortia.ts';
import { listPublicPps } from '../../services/public-consortia/list-public-pps.ts';
import { listPublicItems } from '../../services/knowledge/list-public-items.ts';
import { ConsortiaListPage } from '../../views/public/consortia-list-page.tsx';
import { ConsortiumPage } from '../../views/public/consortium-page.tsx';
import { PpsListPage } from '../../views/public/pps-list-page.tsx';
import { PpsPage } from '../../views/public/pps-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';
import { CONSORTIUM_SORT_KEYS, ConsortiaPageQuery, ConsortiumPageQuery, parsePageQuery, PPS_SORT_KEYS, PpsPageQuery } from './public-list-query.ts';

const PAGE_SIZE = 20;
const PARTNERS_PAGE_SIZE = 25;
// A consortium has a few dozen pps'en at most: its page lists them all.
const ALL = { page: 1, pageSize: 1000 };

/** Public consortium and pps pages; mounted inside the page router, so under / and /en with its caching. */
export function createConsortiumPageRoutes({ db }: Pick<AppDeps, 'db'>): Hono {
  const router = new Hono({ strict: true });
  const ctx = { db, actor: null };
  router.get('/consortia', async (c) => {
    const q = parsePageQuery(c, ConsortiaPageQuery);
    const sort = { key: q.sorteer, direction: q.richting };
    const result = await listPublicConsortia(ctx, {
      filter: { provinceCode: q.provincie, sectorCode: q.sector }, sort: toSortOrder(sort, CONSORTIUM_SORT_KEYS, 'name'), page: { page: q.pagina, pageSize: PAGE_SIZE },
    });
    return renderPage(c, <ConsortiaListPage locale={localeOf(c)} sort={sort} page={q.pagina} pageSize={PAGE_SIZE} filters={{ provincie: q.provincie, sector: q.sector }} result={result} />);
  });
  router.get('/consortia/:slug', async (c) => {
    const q = parsePageQuery(c, ConsortiumPageQuery);
    const consortium = await getPublicConsortium(ctx, { slug: c.req.param('slug') });
    const { id, programmeId } = consortium;
    // One round trip after the consortium's: every part's queries at once, none waiting for the programme.
    const [pps, partners, budget, targets, knowledge] = await Promise.all([
      listConsortiumPps(ctx, { consortiumId: id }),
      listConsortiumPartners(ctx, { consortiumId: id, page: { page: q.partners, pageSize: PARTNERS_PAGE_SIZE } }),
      getConsortiumBudget(ctx, { consortiumId: id, programmeId }),
      getConsortiumProgress(ctx, { consortiumId: id, programmeId }),
      listPublicItems(ctx, { consortiumId: id, limit: 10 }),
    ]);
    return renderPage(c, <ConsortiumPage locale={localeOf(c)} consortium={consortium} pps={pps} partners={partners}
      partnersPage={q.partners} partnersPageSize={PARTNERS_PAGE_SIZE} budget={budget} targets={targets} knowledge={knowledge} />);
  });
  router.get('/pps', async (c) => {
    const q = parsePageQuery(c, PpsPageQuery);
    const sort = { key: q.sorteer, direction: q.richting };
    const filters = { consortium: q.consortium, provincie: q.provincie, sector: q.sector, status: q.status };
    const [result, consortia] = await Promise.all([
      listPublicPps(ctx, {
        filter: { consortiumId: q.consortium, provinceCode: q.provincie, sectorCode: q.sector, status: q.status },
        sort: toSortOrder(sort, PPS_SORT_KEYS, 'name'), page: { page: q.pagina, pageSize: PAGE_SIZE },
      }),
      listPublicConsortia(ctx, { filter: {}, sort: [{ key: 'name', descending: false }], page: ALL }),
    ]);
    return renderPage(c, <PpsListPage locale={localeOf(c)} sort={sort} page={q.pagina} pageSize={PAGE_SIZE} filters={filters} consortia={consortia.items} result={result} />);
  });
  router.get('/pps/:slug', async (c) => {
    const pps = await getPublicPps(ctx, { slug: c.req.param('slug') });
    return renderPage(c, <PpsPage locale={localeOf(c)} pps={pps} knowledge={await listPublicItems(ctx, { ppsId: pps.id, limit: 10 })} />);
  });
  return router;
}
