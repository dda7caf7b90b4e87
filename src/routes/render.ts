import type { Context } from 'hono';
import { jsx } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { PortalContext } from '../views/portal/portal-context.ts';

type Renderable = { toString(): string | Promise<string> };

/** Sends a full HTML document for a page component; portal requests get their portal context (user, menu). */
export async function renderPage(c: Context, page: Renderable, status: ContentfulStatusCode = 200) {
  const portal = c.get('portalPage') ?? null;
  const tree = portal ? jsx(PortalContext.Provider, { value: portal }, page as never) : page;
  return c.html(`<!DOCTYPE html>${await tree.toString()}`, status);
}
