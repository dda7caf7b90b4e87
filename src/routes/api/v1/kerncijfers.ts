import { Hono } from 'hono';
import { ProgrammeFigures } from '../../../domain/programme-figures.ts';
import { getProgrammeFigures } from '../../../services/figures/get-programme-figures.ts';
import type { AppDeps } from '../../deps.ts';

export function createKerncijfersRoutes({ db }: AppDeps): Hono {
  const router = new Hono();
  router.get('/', async (c) => {
    // The response is validated against the same schema the OpenAPI document describes.
    const figures = ProgrammeFigures.parse(await getProgrammeFigures({ db, actor: null }));
    return c.json(figures);
  });
  return router;
}
