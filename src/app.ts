import { Hono } from 'hono';
import { z } from 'zod';
import { dutchReason } from './routes/api/v1/lib/dutch-reasons.ts';
import { transportSecurity } from './routes/middleware/transport-security.ts';
import { secureHeaders } from 'hono/secure-headers';
import { createApiV1 } from './routes/api/v1/index.ts';
import { createAssetRoutes } from './routes/assets/asset-routes.ts';
import { createFaviconRoute } from './routes/assets/favicon-route.ts';
import { baseUrl, cookieNames } from './routes/middleware/cookies.ts';
import { dataGeneration } from './routes/middleware/data-generation.ts';
import { publicFastPath } from './routes/middleware/public-fast-path.ts';
import { bufferedVisits } from './routes/pages/count-visits.ts';
import { createAuthRoutes } from './routes/auth/index.ts';
import type { AppDeps } from './routes/deps.ts';
import { handleError, handleNotFound } from './routes/errors.tsx';
import { bodyLimits } from './routes/middleware/body-limit.ts';
import { compression } from './routes/middleware/compression.ts';
import { csrfMiddleware } from './routes/middleware/csrf.ts';
import { sessionMiddleware } from './routes/middleware/session.ts';
import { createPageRoutes } from './routes/pages/index.tsx';
import { createPortalRoutes } from './routes/portal/index.tsx';

export type { AppDeps };

/** The whole web application, built from config and dependencies: no globals, no env reads. */
export function createApp(deps: AppDeps): Hono {
  // Zod's own English wording never reaches a person: every schema without its own message speaks Dutch.
  z.config({ customError: dutchReason });
  const app = new Hono({ strict: true });
  // Public reads may go to a replica; the cache generation is read there too, so it never runs ahead of the data it keys.
  const publicDb = deps.readDb ?? deps.db;
  const publicCtx = { db: publicDb, actor: null };
  const publicCache = { entries: new Map(), generation: dataGeneration(publicCtx) };
  const cookies = cookieNames(deps.config);
  // Before everything else, even the log line: a cached public answer costs at most one coalesced counter read (ADR 011).
  app.use('*', publicFastPath({
    ...publicCache, seconds: deps.config.responseCacheSeconds, personalCookies: [cookies.session, cookies.csrf, cookies.oidc],
    onHit: bufferedVisits(publicCtx, deps.logger),
  }));
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.logger.debug({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  // Outermost but for the log line: compresses whatever public text answer is not compressed yet.
  app.use('*', compression());
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"], frameAncestors: ["'self'"], baseUri: ["'self'"], formAction: ["'self'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      // Sent below, and only over https: over plain http it means nothing and misleads a scanner.
      strictTransportSecurity: false,
      permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [], browsingTopics: [] },
      // Routes may relax a header on purpose (embeddable charts set Cross-Origin-Resource-Policy).
      overwrite: false,
    }),
  );
  app.use('*', transportSecurity(deps.config));
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.route('/assets', createAssetRoutes());
  app.route('/', createFaviconRoute());
  // Pages name their language alternates with absolute URLs, on the configured public address when there is one.
  app.use('*', async (c, next) => {
    c.set('publicBaseUrl', baseUrl(c, deps.config));
    await next();
  });
  // Every route below knows who is asking (c.get('actor')) and refuses forged forms.
  app.use('*', bodyLimits(), sessionMiddleware(deps), csrfMiddleware(deps));
  const publicDeps = { ...deps, db: publicDb, publicCache };
  app.route('/api/v1', createApiV1(publicDeps));
  // Before the public pages, so their public caching never applies to personal pages.
  const auth = createAuthRoutes(deps);
  const portal = createPortalRoutes(deps);
  app.route('/en', auth);
  app.route('/', auth);
  app.route('/en/portaal', portal);
  app.route('/portaal', portal);
  const pages = createPageRoutes(publicDeps);
  app.route('/en', pages);
  app.route('/', pages);
  app.notFound(handleNotFound(deps.logger));
  app.onError(handleError(deps.logger));
  return app;
}
