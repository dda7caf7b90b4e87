import type { Hono } from 'hono';
import { DEFAULT_DEMO_PASSWORD } from '../../src/config.ts';

type App = Pick<Hono, 'request'>;

/** A served app (a child process or a test server) reached over real HTTP, as `loginAs` and `openForm` take it. */
export function overHttp(base: string): App {
  return { request: (path: string | URL | Request, init?: RequestInit) => fetch(base + String(path), { redirect: 'manual', ...init }) } as App;
}

/** The CSRF token of the first form on a page. */
export function csrfTokenOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF field on this page');
  return match[1]!;
}

/** name=value pairs from Set-Cookie headers, as one Cookie header (expired cookies dropped). */
export function cookiesOf(response: Response, previous = ''): string {
  const jar = new Map(previous.split('; ').filter(Boolean).map((p) => [p.split('=')[0]!, p] as const));
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0]!;
    const name = pair.split('=')[0]!;
    if (/max-age=0/i.test(line) || pair === `${name}=`) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join('; ');
}

export type Visitor = {
  cookie: string;
  csrfToken: string;
  /** app.request with this visitor's cookies. */
  request: (path: string, init?: RequestInit) => Promise<Response>;
  /** A form POST with the CSRF token added. */
  post: (path: string, fields?: Record<string, string>) => Promise<Response>;
};

function visitor(app: App, cookie: string, csrfToken: string): Visitor {
  const self: Visitor = {
    cookie, csrfToken,
    request: async (path, init = {}) => {
      const headers = new Headers(init.headers);
      if (self.cookie) headers.set('cookie', self.cookie);
      return app.request(path, { ...init, headers });
    },
    post: (path, fields = {}) => self.request(path, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: self.csrfToken, ...fields }).toString(),
    }),
  };
  return self;
}

/** An anonymous visitor who opened a form page (e.g. /inloggen): holds the pre-session CSRF cookie and token. */
export async function openForm(app: App, path: string): Promise<Visitor> {
  const response = await app.request(path);
  return visitor(app, cookiesOf(response), csrfTokenOf(await response.text()));
}

/** Logs in through the real login form; demo accounts have DEFAULT_DEMO_PASSWORD. */
export async function loginAs(app: App, email: string, password = DEFAULT_DEMO_PASSWORD): Promise<Visitor> {
  const form = await openForm(app, '/inloggen');
  const response = await form.post('/inloggen', { email, password });
  if (response.status !== 303) throw new Error(`login as ${email} failed with HTTP ${response.status}`);
  const cookie = cookiesOf(response, form.cookie);
  const portal = await app.request('/portaal', { headers: { cookie } });
  return visitor(app, cookie, csrfTokenOf(await portal.text()));
}
