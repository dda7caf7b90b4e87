import type { Context } from 'hono';
import { Unauthorized } from '../../errors.ts';
import type { Actor } from '../../services/context.ts';

// Set by the portal's session middleware (login branch); declared here until the branches are merged.
declare module 'hono' {
  interface ContextVariableMap {
    actor: Actor | null;
    csrfToken: string | undefined;
  }
}

/** The signed-in actor of this request, or Unauthorized. */
export function requireActorFromContext(c: Context): Actor {
  const actor = c.get('actor');
  if (!actor) throw new Unauthorized('Log in om verder te gaan.');
  return actor;
}
