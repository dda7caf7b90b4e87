import { Hono } from 'hono';
import { z } from 'zod';
import { NotFound } from '../../errors.ts';
import { getPublicRound } from '../../services/rounds/get-public-round.ts';
import { listPublicRounds } from '../../services/rounds/list-public-rounds.ts';
import { RoundPage } from '../../views/public/rounds/round-page.tsx';
import { RoundsListPage } from '../../views/public/rounds/rounds-list-page.tsx';
import type { AppDeps } from '../deps.ts';
import { localeOf } from '../locale.ts';
import { renderPage } from '../render.ts';

const RoundId = z.coerce.number().int().min(1).max(2_147_483_647);

/** Public round pages (/rondes, /rondes/{id}): counts and honoured consortia only. */
export function createRoundPageRoutes({ db }: Pick<AppDeps, 'db'>): Hono {
  const router = new Hono({ strict: true });
  const ctx = { db, actor: null };
  router.get('/rondes', async (c) => renderPage(c, <RoundsListPage locale={localeOf(c)} rounds={await listPublicRounds(ctx)} />));
  router.get('/rondes/:id', async (c) => {
    const id = RoundId.safeParse(c.req.param('id'));
    if (!id.success) throw new NotFound('roundNotFound');
    return renderPage(c, <RoundPage locale={localeOf(c)} round={await getPublicRound(ctx, id.data)} />);
  });
  return router;
}
