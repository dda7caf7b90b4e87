import type { Context } from 'hono';
import { z } from 'zod';
import { Invalid, issueProblems, type FieldProblem } from '../../../../errors.ts';
import { dutchReason } from './dutch-reasons.ts';

export type ParamsSchema = z.ZodObject<Record<string, z.ZodType>>;

function problemsOf(error: z.ZodError): FieldProblem[] {
  return issueProblems(error.issues, 'query');
}

/** Query values as strings; unknown and repeated keys are problems of their own. */
function readQuery(c: Context, schema: ParamsSchema): { values: Record<string, string>; problems: FieldProblem[] } {
  const values: Record<string, string> = {};
  const problems: FieldProblem[] = [];
  for (const [name, all] of Object.entries(c.req.queries())) {
    if (!(name in schema.shape)) problems.push({ name, reason: 'api.unknownParam', values: { allowed: Object.keys(schema.shape).join(', ') } });
    else if (all.length > 1) problems.push({ name, reason: 'api.repeatedParam' });
    else values[name] = all[0] as string;
  }
  return { values, problems };
}

/** Validates path and query parameters together so that a 400 lists every invalid parameter at once. */
export function parseRequest<P extends ParamsSchema, Q extends ParamsSchema>(
  c: Context,
  schemas: { params: P; query: Q },
): { params: z.output<P>; query: z.output<Q> } {
  const params = schemas.params.safeParse(c.req.param(), { error: dutchReason });
  const raw = readQuery(c, schemas.query);
  const query = schemas.query.safeParse(raw.values, { error: dutchReason });
  const problems = [
    ...(params.success ? [] : problemsOf(params.error)),
    ...raw.problems,
    ...(query.success ? [] : problemsOf(query.error)),
  ];
  if (problems.length || !params.success || !query.success) {
    throw new Invalid('apiParamsInvalid', problems, { count: problems.length });
  }
  return { params: params.data, query: query.data };
}
