import type { ServiceContext } from '../context.ts';

// What the portal home lists: one thing someone has to do, with what the view needs to word it and link to it.
// A new kind of task is a new member here, a provider in task-providers.ts and its wording in i18n/portal-tasks.ts.
export type Task =
  | { kind: 'reportDue'; consortiumId: number; consortiumName: string; periodYear: number; reportId: number | null; deadline: string | null }
  | { kind: 'reportReturned'; consortiumId: number; consortiumName: string; periodYear: number; reportId: number; note: string }
  | { kind: 'commentToAnswer'; consortiumId: number; consortiumName: string; periodYear: number; reportId: number; since: Date }
  | { kind: 'reportToReview'; consortiumId: number; consortiumName: string; periodYear: number; reportId: number; since: Date | null }
  | { kind: 'invitationPending'; email: string; expiresAt: Date };

export type TaskKind = Task['kind'];

/** One source of tasks; it returns [] for actors it has nothing for. `today` is an ISO date, so tests fix the clock. */
export type TaskProvider = (ctx: ServiceContext, today: string) => Promise<Task[]>;
