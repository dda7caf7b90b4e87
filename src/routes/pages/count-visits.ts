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
    const path = countedPath(c.req.path);
    // Counting must never break a page: a failure is logged and the visitor gets the page.
    await recordPageView(ctx, { path, day: new Date().toISOString().slice(0, 10) }).catch((error) => logger.warn({ err: error }, 'page view not counted'));
  };
}

const countedPath = (path: string) => path.replace(/^\/en(?=\/|$)/, '') || '/';

/**
 * Views of answers given by the fast path (public-fast-path.ts), added up in memory and written once a second:
 * a write per cached answer would cost more than the answer. At most a second of counts is lost at a crash.
 */
export function bufferedVisits(ctx: ServiceContext, logger: Logger, everyMs = 1000): (path: string) => void {
  let pending = new Map<string, number>();
  let timer: NodeJS.Timeout | null = null;
  const flush = async () => {
    timer = null;
    const batch = pending;
    pending = new Map();
    const day = new Date().toISOString().slice(0, 10);
    for (const [path, views] of batch) {
      await recordPageView(ctx, { path, day, views }).catch((error) => logger.warn({ err: error }, 'page views not counted'));
    }
  };
  return (path) => {
    if (!COUNTED.test(path)) return;
    const key = countedPath(path);
    pending.set(key, (pending.get(key) ?? 0) + 1);
    timer ??= setTimeout(() => void flush(), everyMs).unref();
  };
}
