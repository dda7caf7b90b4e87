import { Hono } from 'hono';
import type { AppDeps } from '../deps.ts';

/** /portaal/gebruikers/:id: the office changes a user's roles and scope. */
export function createUserRoleRoutes(_deps: AppDeps): Hono {
  return new Hono();
}
