import type { Context } from 'hono';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { AppError, Conflict, Invalid, NotFound, type ErrorValues, type FieldProblem } from '../../errors.ts';
import type { ServiceContext } from '../../services/context.ts';
import { toFieldProblems } from '../../services/parse-input.ts';
import type { FormValues } from '../../views/portal/form-controls.tsx';
import { MAX_INT4 } from '../../domain/input/safe-input.ts';

export const PORTAL_BASE = '/portaal';

/** The service context of this request: the actor set by the session middleware (null when signed out). */
export function serviceContext(c: Context, db: Db): ServiceContext {
  return { db, actor: c.get('actor') ?? null, signedInAt: c.get('signedInAt') ?? null };
}

export function csrfOf(c: Context): string {
  return c.get('csrfToken') ?? '';
}

/** A positive integer path parameter, or 404. */
export function idParam(c: Context, name: string): number {
  const raw = c.req.param(name) ?? '';
  if (!/^[1-9][0-9]{0,9}$/.test(raw) || Number(raw) > MAX_INT4) throw new NotFound('pageNotFound');
  return Number(raw);
}

/** The posted form: repeated names (checkbox groups) become arrays. */
export async function readForm(c: Context): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body)) {
    const strings = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    values[key] = strings.length === 1 && !key.endsWith('[]') ? (strings[0] as string) : strings;
  }
  return values;
}

/** A form shown again: `message` and the problems' reasons are error codes, worded by the form kit. */
export type FormState = { values: FormValues; problems: FieldProblem[]; message?: string; messageValues?: ErrorValues };

export function zodState(values: FormValues, error: z.ZodError): FormState {
  return { values, problems: toFieldProblems(error) };
}

/** The errors a form shows again with the user's input; anything else goes to the error page. */
export function formErrorState(values: FormValues, error: unknown): (FormState & { status: 400 | 409 }) | null {
  if (error instanceof Invalid) return { values, problems: error.problems, message: error.code, messageValues: error.values, status: 400 };
  if (error instanceof Conflict) return { values, problems: [], message: error.code, messageValues: error.values, status: 409 };
  return null;
}

/** Flash messages travel as a known key in the query string, never as free text. */
export function flashOf<K extends string>(c: Context, known: readonly K[]): K | null {
  const key = c.req.query('melding');
  return key && (known as readonly string[]).includes(key) ? (key as K) : null;
}

export const withFlash = (path: string, key: string) => `${path}${path.includes('?') ? '&' : '?'}melding=${key}`;

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** A stored record as form values: numbers become text, null becomes empty. */
export function toFormValues(record: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(record)) {
    if (Array.isArray(value)) values[key] = value.map(String);
    else if (value === null || value === undefined) values[key] = '';
    else if (typeof value !== 'object') values[key] = String(value);
  }
  return values;
}
