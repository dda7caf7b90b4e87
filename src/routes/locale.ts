import type { Context } from 'hono';
import type { Locale } from '../domain/format.ts';

/** English pages live under /en; everything else is Dutch. */
export function localeOf(c: Context): Locale {
  const path = c.req.path;
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'nl';
}
