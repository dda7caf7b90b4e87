import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../../logger.ts';
import { recordPageView } from '../../services/knowledge/record-page-view.ts';
import type { ServiceContext } from '../../services/context.ts';

// Only these public pages and downloads are counted: a 404 or a made-up path never grows the table.
const COUNTED = /^(\/en)?(\/|\/dashboard(\/.*)?|\/kaart(\/.*)?|\/downloads\/.+|\/consortia(\/[^/]+)?|\/pps(\/[^/]+)?|\/open-data|\/kennisbank(\/[^/]+)?|\/kennisbank\/feed\.atom|\/evenementen\.ics)$/;

/** Counts successful GETs per path (English folded into Dutch) and day on the server; no cookie, no personal data. */
export function countVisits(ctx: ServiceContext, logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' || c.res.status !== 200 || !COUNTED.test(c.req.path)) return;
    const path = c.req.path.replace(/^\/en(?=\/|$)/, '') || '/';
    // Counting must never break a page: a failure is logged and the visitor gets the page.
    await recordPageView(ctx, { path, day: new Date().toISOString().slice(0, 10) }).catch((error) => logger.warn({ err: error }, 'page view not counted'));
  };
}
