// Walks a site as a visitor following its links: from the start pages, every same-site link under the
// given prefixes, once per page shape (numbers and query strings ignored), files and sign-out left out.
export type WalkOptions = {
  /** Paths to begin at, e.g. ['/', '/dashboard']. */
  starts: string[];
  /** Only links whose path starts with one of these are followed. */
  within: string[];
  /** Paths never followed (sign-out, cancellation links, other languages). */
  skip?: RegExp;
  /** Stop after this many pages. */
  limit?: number;
};

/** The shape of a path: /portaal/consortia/12/pps → /portaal/consortia/#/pps. */
export function pathShape(path: string): string {
  return path.replace(/\d+/g, '#');
}

function followable(href: string, base: string, options: WalkOptions): string | null {
  let url: URL;
  try { url = new URL(href, base); } catch { return null; }
  if (url.origin !== new URL(base).origin) return null;
  const path = url.pathname;
  if (/\.[a-z0-9]+$/i.test(path) || path.startsWith('/api/') || path.startsWith('/assets/')) return null;
  if (options.skip?.test(path)) return null;
  return options.within.some((prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) ? path : null;
}

/** The walk over HTTP (app.request or fetch with a visitor's cookies): quick; browser tests then open the pages it found. */
export async function walkHttp(
  request: (path: string) => Response | Promise<Response>, options: WalkOptions, check: (html: string, path: string) => void | Promise<void>,
): Promise<string[]> {
  const base = 'http://localhost';
  const queue = [...options.starts];
  const seen = new Set<string>(queue.map(pathShape));
  const visited: string[] = [];
  while (queue.length && visited.length < (options.limit ?? 80)) {
    const path = queue.shift()!;
    const response = await request(path);
    if (response.status >= 400) throw new Error(`${path} answered HTTP ${response.status}`);
    const html = await response.text();
    visited.push(path);
    await check(html, path);
    for (const [, href] of html.matchAll(/<a\b(?![^>]*\bdownload\b)[^>]*\bhref="([^"]+)"/g)) {
      const next = followable(href!.replaceAll('&amp;', '&'), `${base}${path}`, options);
      if (next && !seen.has(pathShape(next))) {
        seen.add(pathShape(next));
        queue.push(next);
      }
    }
  }
  return visited;
}
