import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { AppError, Invalid, issueProblems, RulesFailed, TooManyAttempts, Unauthorized } from '../errors.ts';
import { hardeningMessages } from '../i18n/hardening.ts';
import { errorText } from '../i18n/errors.ts';
import { localePath, messages } from '../i18n/messages.ts';
import { queryFieldLabel } from '../i18n/query-fields.ts';
import type { Logger } from '../logger.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { classifyDatabaseError } from './database-errors.ts';
import { localeOf } from './locale.ts';
import { renderPage } from './render.ts';

export type Problem = { type: string; title: string; status: number; detail: string; instance: string; invalidParams?: { name: string; reason: string }[]; regels?: unknown[] };

const isApi = (c: Context) => c.req.path.startsWith('/api/');

export function problemResponse(c: Context, problem: Problem) {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, { 'Content-Type': 'application/problem+json' });
}

function toProblem(error: unknown, instance: string): Problem {
  if (error instanceof AppError) {
    return {
      type: 'about:blank', title: error.titleNl, status: error.status, detail: error.message, instance,
      ...(error instanceof Invalid && error.problems.length
        ? { invalidParams: error.problems.map((p) => ({ name: p.name, reason: errorText('nl', p.reason, p.values) })) }
        : {}),
      // Rule failures also as data: which rule, which version, and its numbers.
      ...(error instanceof RulesFailed ? { regels: error.outcomes.map((o) => ({ regel: o.rule, versie: o.version, code: o.message, waarden: o.values })) } : {}),
    };
  }
  // A form value Zod refused is the visitor's (400); under /api a ZodError is our own broken response (500).
  if (error instanceof ZodError && !instance.startsWith('/api/')) {
    const invalidParams = issueProblems(error.issues, 'invoer').map((p) => ({ name: p.name, reason: errorText('nl', p.reason, p.values) }));
    return { type: 'about:blank', title: 'Ongeldige invoer', status: 400, detail: hardeningMessages('nl').invalidText, instance, invalidParams };
  }
  const database = classifyDatabaseError(error);
  if (database === 'unfit-value') return { type: 'about:blank', title: 'Ongeldige invoer', status: 400, detail: hardeningMessages('nl').unfitText, instance };
  if (database === 'storage-full') return { type: 'about:blank', title: 'Opslag vol', status: 507, detail: hardeningMessages('nl').storageFullText, instance };
  if (database === 'unreachable') return { type: 'about:blank', title: 'Niet beschikbaar', status: 503, detail: hardeningMessages('nl').unavailableText, instance };
  if (error instanceof HTTPException) {
    return { type: 'about:blank', title: error.status === 404 ? 'Niet gevonden' : error.status === 413 ? 'Te groot' : 'Fout in het verzoek', status: error.status, detail: error.message, instance };
  }
  return { type: 'about:blank', title: 'Interne fout', status: 500, detail: 'Er ging iets mis aan onze kant; probeer het later opnieuw.', instance };
}

/** The one place where errors become responses: problem+json for the API, an error page for people. */
export function handleError(logger: Logger) {
  return async (error: unknown, c: Context) => {
    const problem = toProblem(error, c.req.path);
    if (problem.status >= 500) logger.error({ err: error, path: c.req.path }, 'request failed');
    // An error is never stored by a cache, whatever the route had set before it failed.
    c.header('Cache-Control', 'no-store');
    c.header('ETag', undefined);
    if (problem.status === 503) c.header('Retry-After', '30');
    if (error instanceof TooManyAttempts) c.header('Retry-After', String(error.retryAfterSeconds));
    if (isApi(c)) return problemResponse(c, problem);
    const locale = localeOf(c);
    // People who are not signed in go to the login page and come back afterwards.
    if (error instanceof Unauthorized) {
      const { pathname, search } = new URL(c.req.url);
      const back = c.req.method === 'GET' ? `?terug=${encodeURIComponent(pathname + search)}` : '';
      return c.redirect(`${localePath(locale, '/inloggen')}${back}`, 303);
    }
    const t = messages(locale);
    const h = hardeningMessages(locale);
    const title = problem.status === 404 ? t.notFoundTitle : problem.status === 503 ? h.unavailableTitle : problem.status === 507 ? h.storageFullTitle : t.errorTitle;
    // Services give a code; the page words it in its own language.
    const detail = problem.status === 503 ? h.unavailableText : problem.status === 507 ? h.storageFullText : problem.status >= 500 ? t.serverErrorText
      : error instanceof AppError ? errorText(locale, error.code, error.values)
      : problem.status === 404 ? t.notFoundText
      : classifyDatabaseError(error) === 'unfit-value' ? h.unfitText : error instanceof ZodError ? h.invalidText : problem.detail;
    const problems = error instanceof Invalid ? error.problems.map((p) => ({ label: queryFieldLabel(locale, p.name), text: errorText(locale, p.reason, p.values) })) : [];
    return renderPage(c, <ErrorPage locale={locale} status={problem.status} title={title} detail={detail} problems={problems} />, problem.status as ContentfulStatusCode);
  };
}

export function handleNotFound(logger: Logger) {
  const onError = handleError(logger);
  return (c: Context) => onError(new HTTPException(404, { message: 'Deze bron bestaat niet.' }), c);
}
