import { requireActor } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { listCommentTasks } from './list-comment-tasks.ts';
import { listCoordinatorReportTasks } from './list-coordinator-report-tasks.ts';
import { listInvitationTasks, listReviewTasks } from './list-office-tasks.ts';
import type { Task, TaskProvider } from './task.ts';

/** Every source of tasks; other areas (change requests, applications) add theirs here. */
export const TASK_PROVIDERS: TaskProvider[] = [listCoordinatorReportTasks, listCommentTasks, listReviewTasks, listInvitationTasks];

/** What the signed-in person has to do, from every provider, in the order the providers give. */
export async function listMyTasks(ctx: ServiceContext, input: { today: string; providers?: TaskProvider[] }): Promise<Task[]> {
  requireActor(ctx);
  const lists = await Promise.all((input.providers ?? TASK_PROVIDERS).map((provider) => provider(ctx, input.today)));
  return lists.flat();
}
