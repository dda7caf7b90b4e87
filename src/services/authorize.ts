import { Forbidden, Unauthorized } from '../errors.ts';
import type { Actor, Role, ServiceContext } from './context.ts';

// Every use-case calls one of these first; ids from a form or URL never grant access on their own.

/** The signed-in actor, or Unauthorized. */
export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new Unauthorized('signInRequired');
  return ctx.actor;
}

export function hasRole(actor: Actor | null, role: Role): boolean {
  return !!actor?.roles.some((r) => r.role === role);
}

/** The actor holds one of these programme-wide roles. */
export function requireRole(ctx: ServiceContext, ...roles: Exclude<Role, 'coordinator'>[]): Actor {
  const actor = requireActor(ctx);
  if (!roles.some((role) => hasRole(actor, role))) throw new Forbidden('forbiddenAction');
  return actor;
}

/** Imports are for the office and for coordinators (scope checked per row); an assessor only reads. */
export function requireImporter(ctx: ServiceContext): Actor {
  const actor = requireActor(ctx);
  if (hasRole(actor, 'programmabureau') || coordinatedConsortia(actor).length) return actor;
  throw new Forbidden('forbiddenImport');
}

/** Consortia the actor coordinates (empty for the other roles). */
export function coordinatedConsortia(actor: Actor | null): number[] {
  return (actor?.roles ?? []).flatMap((r) => (r.role === 'coordinator' && r.consortiumId !== null ? [r.consortiumId] : []));
}

/** The programme office may act on any consortium; a coordinator only on their own. */
export function requireConsortiumScope(ctx: ServiceContext, consortiumId: number): Actor {
  const actor = requireActor(ctx);
  if (hasRole(actor, 'programmabureau')) return actor;
  if (coordinatedConsortia(actor).includes(consortiumId)) return actor;
  throw new Forbidden('forbiddenConsortium');
}

/** An applicant's role is scoped to organisations through applicant_editors; see services/applications/application-access.ts. */
export function isApplicant(actor: Actor | null): boolean {
  return hasRole(actor, 'aanvrager');
}
