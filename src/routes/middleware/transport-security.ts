import type { MiddlewareHandler } from 'hono';
import type { Config } from '../../config.ts';
import { isHttps } from './cookies.ts';

/**
 * For a request that came over https (directly, or via a proxy trusted by TRUST_PROXY): HSTS, and
 * every cookie Secure even without PUBLIC_BASE_URL. Over plain http neither is sent.
 */
export function transportSecurity(config: Pick<Config, 'trustProxy'>): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!isHttps(c, config.trustProxy)) return;
    c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    const cookies = c.res.headers.getSetCookie();
    if (!cookies.some((cookie) => !/;\s*secure\b/i.test(cookie))) return;
    c.res.headers.delete('Set-Cookie');
    for (const cookie of cookies) c.res.headers.append('Set-Cookie', /;\s*secure\b/i.test(cookie) ? cookie : `${cookie}; Secure`);
  };
}
