import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import type { AppDeps } from '../../deps.ts';
import { responseCache } from '../../middleware/response-cache.ts';
import { registerActielijnen } from './actielijnen/routes.ts';
import { registerBegrotingen } from './begrotingen/routes.ts';
import { registerCodelijsten } from './codelijsten/routes.ts';
import { registerConsortia } from './consortia/routes.ts';
import { registerDoelen } from './doelen/routes.ts';
import { registerIndicatoren } from './indicatoren/routes.ts';
import { registerKennisitems } from './kennisitems/routes.ts';
import { registerKerncijfers } from './kerncijfers/routes.ts';
import { ApiRouter } from './lib/api-router.ts';
import { registerOpenApi } from './openapi/routes.ts';
import { registerOrganisaties } from './organisaties/routes.ts';
import { registerPps } from './pps/routes.ts';
import { registerRealisaties } from './realisaties/routes.ts';
import { registerRondes } from './rondes/routes.ts';

export const API_VERSION = '1.0.0';

/** Public REST API v1 (Dutch API Design Rules): Dutch resource names, problem+json, API-Version, OpenAPI from the zod schemas. */
export function createApiV1(deps: AppDeps): Hono {
  const api = new ApiRouter();
  registerKerncijfers(api, deps);
  registerOrganisaties(api, deps);
  registerIndicatoren(api, deps);
  registerDoelen(api, deps);
  registerRealisaties(api, deps);
  registerActielijnen(api, deps);
  registerBegrotingen(api, deps);
  registerCodelijsten(api, deps);
  registerConsortia(api, deps);
  registerPps(api, deps);
  registerRondes(api, deps);
  registerKennisitems(api, deps);
  // Last: the document describes every operation registered above.
  registerOpenApi(api, deps, API_VERSION);

  const app = new Hono({ strict: true });
  app.use('*', cors({ origin: '*', exposeHeaders: ['API-Version'] }), async (c, next) => {
    await next();
    c.header('API-Version', API_VERSION);
  });
  // Public data: a CDN may keep answers briefly and revalidate them by ETag.
  app.use('*', etag(), async (c, next) => {
    await next();
    if (c.req.method === 'GET' && c.res.status === 200) c.header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300');
  });
  // The programme's figures are read on every public page and by dashboards elsewhere: kept until the data move.
  if (deps.publicCache) app.use('/kerncijfers', responseCache({ ...deps.publicCache, seconds: deps.config.responseCacheSeconds }));
  app.route('/', api.hono);
  return app;
}
