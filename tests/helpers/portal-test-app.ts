import { Hono } from 'hono';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/db/client.ts';
import { createLogger } from '../../src/logger.ts';
import { handleError, handleNotFound } from '../../src/routes/errors.tsx';
import { createPortalRoutes } from '../../src/routes/portal/index.tsx';
import type { Actor } from '../../src/services/context.ts';

export const TEST_CSRF = 'test-csrf-token';

/**
 * TEST ONLY: the portal route modules behind a stand-in for the session middleware, which takes the actor
 * from an `x-test-actor` header (JSON), signed in this moment. Never mount this in the application.
 */
export function createPortalTestApp(db: Db, now?: () => Date) {
  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0' });
  const logger = createLogger(config);
  const deps = { config, db, logger, ...(now ? { now } : {}) };
  const app = new Hono({ strict: true });
  app.use('*', async (c, next) => {
    const header = c.req.header('x-test-actor');
    c.set('actor', header ? (JSON.parse(header) as Actor) : null);
    // As if just signed in: an account without a password may then confirm sensitive actions (confirmIdentity).
    c.set('signedInAt', header ? new Date() : null);
    c.set('csrfToken', TEST_CSRF);
    await next();
  });
  // The whole portal, in both languages, as the application mounts it.
  app.route('/portaal', createPortalRoutes(deps));
  app.route('/en/portaal', createPortalRoutes(deps));
  app.notFound(handleNotFound(logger));
  app.onError(handleError(logger));
  return app;
}

/** Request options for a page as this actor; with a body, a urlencoded form POST. */
export function as(actor: Actor | null, form?: Record<string, string | string[]>): RequestInit {
  const headers: Record<string, string> = actor ? { 'x-test-actor': JSON.stringify(actor) } : {};
  if (!form) return { headers };
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  return { method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() };
}
