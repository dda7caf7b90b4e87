import type { Context } from 'hono';
import type { Db } from '../../db/client.ts';
import { Unauthorized } from '../../errors.ts';
import type { Actor, ServiceContext } from '../../services/context.ts';
import type { PortalPage } from '../../views/portal/portal-layout.tsx';
import { localeOf } from '../locale.ts';

/** The signed-in actor of a portal request; anonymous visitors are sent to /inloggen by the error handler. */
export function requirePortalActor(c: Context): Actor {
  const actor = c.get('actor');
  if (!actor) throw new Unauthorized('Log in om verder te gaan.');
  return actor;
}

/** ServiceContext for a use-case: the database and who is asking (never an id from the request). */
export function serviceContext(c: Context, db: Db): ServiceContext {
  return { db, actor: c.get('actor') };
}

/** Props for <PortalLayout page={portalPage(c)} title="...">. */
export function portalPage(c: Context): PortalPage {
  const actor = requirePortalActor(c);
  const locale = localeOf(c);
  const path = locale === 'en' ? c.req.path.slice(3) || '/' : c.req.path;
  return { locale, path, userName: c.get('user')?.name ?? '', roles: [...new Set(actor.roles.map((r) => r.role))], csrfToken: c.get('csrfToken') };
}
