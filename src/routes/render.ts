import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

type Renderable = { toString(): string | Promise<string> };

/** Sends a full HTML document for a page component. */
export async function renderPage(c: Context, page: Renderable, status: ContentfulStatusCode = 200) {
  return c.html(`<!DOCTYPE html>${await page.toString()}`, status);
}
