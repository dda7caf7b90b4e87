import { Hono } from 'hono';
import type { AppDeps } from '../deps.ts';
import { createInvitationRoutes } from './invitation.tsx';
import { createLoginRoutes } from './login.tsx';
import { createOidcRoutes } from './oidc.ts';
import { createPasswordRoutes } from './password.tsx';

/** Login, sign-out, password reset, invitations and OIDC; mounted at / and /en. */
export function createAuthRoutes(deps: AppDeps): Hono {
  const router = new Hono();
  router.route('/', createOidcRoutes(deps));
  router.route('/', createLoginRoutes(deps));
  router.route('/', createPasswordRoutes(deps));
  router.route('/', createInvitationRoutes(deps));
  return router;
}
