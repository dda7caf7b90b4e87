import type { Context } from 'hono';
import { Unauthorized } from '../../errors.ts';
import type { Actor } from '../../services/context.ts';
import type { PortalSession } from '../../views/portal/portal-layout.tsx';
import { localeOf } from '../locale.ts';

/** The signed-in actor of a portal request; anonymous visitors are sent to /inloggen by the error handler. */
export function requirePortalActor(c: Context): Actor {
  const actor = c.get('actor');
  if (!actor) throw new Unauthorized('signInRequired');
  return actor;
}

/** Who is signed in and where: the `portal` prop every portal view passes to PortalPage. */
export function portalSessionOf(c: Context): PortalSession {
  const actor = requirePortalActor(c);
  const locale = localeOf(c);
  const path = locale === 'en' ? c.req.path.slice(3) || '/' : c.req.path;
  return { locale, path, userName: c.get('user')?.name ?? '', roles: [...new Set(actor.roles.map((r) => r.role))], csrfToken: c.get('csrfToken') };
}
