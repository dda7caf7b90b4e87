import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppDeps } from '../../deps.ts';
import { createKerncijfersRoutes } from './kerncijfers.ts';

export const API_VERSION = '1.0.0';

/** Public REST API v1 (Dutch API Design Rules): Dutch resource names, problem+json, API-Version. */
export function createApiV1(deps: AppDeps): Hono {
  const api = new Hono({ strict: true });
  api.use('*', cors({ origin: '*', exposeHeaders: ['API-Version'] }), async (c, next) => {
    await next();
    c.header('API-Version', API_VERSION);
  });
  api.route('/kerncijfers', createKerncijfersRoutes(deps));
  return api;
}
