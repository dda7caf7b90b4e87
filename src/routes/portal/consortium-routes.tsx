import { Hono } from 'hono';
import type { AppDeps } from '../deps.ts';
import { registerBudgetRoutes } from './budget-routes.tsx';
import { registerPartnerRoutes } from './partner-routes.tsx';
import { registerPpsRoutes } from './pps-routes.tsx';
import { registerProfileRoutes } from './profile-routes.tsx';

/**
 * Coordinators (and the office) maintain a consortium; mount under /portaal.
 * /consortia/:id/profiel, /consortia/:id/pps[/nieuw], /pps/:ppsId, /pps/:ppsId/partners[/nieuw|/:membershipId/verwijderen],
 * /consortia/:id/begroting, /consortia/:id/doelen.
 */
export function createConsortiumPortalRoutes(deps: AppDeps): Hono {
  const router = new Hono();
  registerProfileRoutes(router, deps);
  registerPpsRoutes(router, deps);
  registerPartnerRoutes(router, deps);
  registerBudgetRoutes(router, deps);
  return router;
}
