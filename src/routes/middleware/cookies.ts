import type { Context } from 'hono';
import type { CookieOptions } from 'hono/utils/cookie';
import type { Config } from '../../config.ts';

export type CookieNames = { session: string; csrf: string; oidc: string; secure: boolean };

/** Over https the cookies get the __Host- prefix (Secure, path /, no Domain: no subdomain can plant them). */
export function cookieNames(config: Pick<Config, 'publicBaseUrl'>): CookieNames {
  const secure = config.publicBaseUrl?.startsWith('https://') ?? false;
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}pps_sessie`, csrf: `${prefix}pps_csrf`, oidc: `${prefix}pps_oidc`, secure };
}

export function cookieOptions(names: CookieNames, expires?: Date): CookieOptions {
  return { path: '/', httpOnly: true, sameSite: 'Lax', secure: names.secure, ...(expires ? { expires } : {}) };
}

// Pages with forms or personal data: never stored by a shared cache.
const PRIVATE = /^(\/en)?\/(portaal|inloggen|uitloggen|wachtwoord-vergeten|wachtwoord-herstellen|uitnodiging|aanmelden|afmelden)(\/|$)/;

export function isPrivatePath(path: string): boolean {
  return PRIVATE.test(path);
}

/** The client address for throttling; X-Forwarded-For only when the proxy in front is trusted. */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'onbekend';
}

/** Did this request come over https: directly, or through a trusted proxy that says so? */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/** Origin of this site for links in mail: the configured public URL, else this machine (never the Host header). */
export function mailBaseUrl(config: Pick<Config, 'publicBaseUrl' | 'port'>): string {
  // Port 0 (a free port, as in tests) and 80 leave the port out of the address.
  const port = config.port === 0 || config.port === 80 ? '' : `:${config.port}`;
  return (config.publicBaseUrl ?? `http://localhost${port}`).replace(/\/$/, '');
}

/** Origin of this site for the OIDC redirect: the configured public URL, else the request's (the provider checks it). */
export function baseUrl(c: Context, config: Pick<Config, 'publicBaseUrl'>): string {
  return (config.publicBaseUrl ?? new URL(c.req.url).origin).replace(/\/$/, '');
}
