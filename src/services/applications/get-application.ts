import type { ServiceContext } from '../context.ts';
import { getApplicationHeader, requireApplicationReader, type ApplicationHeader } from './application-access.ts';
import { evaluateApplicationRules } from './evaluate-application-rules.ts';
import { readApplicationContents, type ApplicationContents } from './read-application.ts';
import type { RuleOutcome } from '../../domain/rules/index.ts';

export type ApplicationView = ApplicationHeader & ApplicationContents & { outcomes: RuleOutcome[] };

/** An application with its content and the rules' verdict, for its editors and its non-conflicted assessors. */
export async function getApplication(ctx: ServiceContext, applicationId: number): Promise<ApplicationView> {
  const header = await getApplicationHeader(ctx.db, applicationId);
  await requireApplicationReader(ctx, header);
  const contents = await readApplicationContents(ctx.db, header.id);
  const { outcomes } = await evaluateApplicationRules(ctx.db, header, contents);
  return { ...header, ...contents, outcomes };
}
