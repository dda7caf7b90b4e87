import { Forbidden } from '../../errors.ts';
import { coordinatedConsortia, requireActor, requireConsortiumScope, requireRole } from '../authorize.ts';
import type { Actor, ServiceContext } from '../context.ts';

// Separation of duties: coordinators write and submit their own reports, the programme office reviews them.

export function requireReportAuthor(ctx: ServiceContext, consortiumId: number): Actor {
  const actor = requireActor(ctx);
  if (!coordinatedConsortia(actor).includes(consortiumId)) throw new Forbidden('reportAuthorOnly');
  return actor;
}

export function requireReviewer(ctx: ServiceContext): Actor {
  return requireRole(ctx, 'programmabureau');
}

/** Reading a report, and commenting on it: the office and the consortium's own coordinator. */
export function requireReportReader(ctx: ServiceContext, consortiumId: number): Actor {
  return requireConsortiumScope(ctx, consortiumId);
}
