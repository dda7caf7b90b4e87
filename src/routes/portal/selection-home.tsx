import type { Child } from 'hono/jsx';
import { hasRole } from '../../services/authorize.ts';
import { listMyApplications } from '../../services/applications/list-my-applications.ts';
import { listMyAssignments } from '../../services/assessments/list-my-assignments.ts';
import type { ServiceContext } from '../../services/context.ts';
import { listRounds } from '../../services/rounds/list-rounds.ts';
import type { PortalSession } from '../../views/portal/portal-layout.tsx';
import { ApplicantBlock, AssessorBlock, OfficeRoundsBlock } from '../../views/portal/selection/selection-home-blocks.tsx';

/** The selection's sections on the portal home, per role of the actor. */
export async function selectionHomeBlocks(ctx: ServiceContext, page: PortalSession): Promise<Child[]> {
  const blocks: Child[] = [];
  if (hasRole(ctx.actor, 'beoordelaar')) blocks.push(<AssessorBlock locale={page.locale} assignments={await listMyAssignments(ctx)} />);
  if (hasRole(ctx.actor, 'programmabureau')) blocks.push(<OfficeRoundsBlock locale={page.locale} rounds={await listRounds(ctx)} />);
  if (hasRole(ctx.actor, 'aanvrager')) blocks.push(<ApplicantBlock locale={page.locale} applications={await listMyApplications(ctx)} />);
  return blocks;
}
