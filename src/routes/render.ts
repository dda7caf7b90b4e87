import type { Context } from 'hono';
import { jsx } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CurrentQueryContext } from '../views/current-query.ts';
import { LocaleContext } from '../views/locale-context.ts';
import { PortalContext } from '../views/portal/portal-context.ts';
import { localeOf } from './locale.ts';

type Renderable = { toString(): string | Promise<string> };

/** Sends a full HTML document for a page component, with the request's query string and language and, in the portal, its context (user, menu). */
export async function renderPage(c: Context, page: Renderable, status: ContentfulStatusCode = 200) {
  const portal = c.get('portalSession') ?? null;
  const withLocale = jsx(LocaleContext.Provider, { value: localeOf(c) }, page as never);
  const withQuery = jsx(CurrentQueryContext.Provider, { value: new URL(c.req.url).search }, withLocale);
  const tree = portal ? jsx(PortalContext.Provider, { value: portal }, withQuery) : withQuery;
  return c.html(`<!DOCTYPE html>${await tree.toString()}`, status);
}
