import type { Context } from 'hono';
import { jsx } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AssetPathsContext } from '../views/asset-paths.ts';
import { CurrentQueryContext, PublicBaseUrlContext } from '../views/current-query.ts';
import { LocaleContext } from '../views/locale-context.ts';
import { assetPaths } from './assets/build-assets.ts';
import { localeOf } from './locale.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** PUBLIC_BASE_URL or the request's origin, without a trailing slash (set in app.ts). */
    publicBaseUrl: string;
  }
}

type Renderable = { toString(): string | Promise<string> };

let paths: Record<string, string> | undefined;

/** Sends a full HTML document for a page component, with the request's query string and language. */
export async function renderPage(c: Context, page: Renderable, status: ContentfulStatusCode = 200) {
  const base = c.get('publicBaseUrl') ?? new URL(c.req.url).origin;
  const withLocale = jsx(LocaleContext.Provider, { value: localeOf(c) }, page as never);
  const withAssets = jsx(AssetPathsContext.Provider, { value: paths ??= assetPaths() }, withLocale);
  const withBase = jsx(PublicBaseUrlContext.Provider, { value: base }, withAssets);
  const withQuery = jsx(CurrentQueryContext.Provider, { value: new URL(c.req.url).search }, withBase);
  return c.html(`<!DOCTYPE html>${await withQuery.toString()}`, status);
}
