import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { cookiesOf } from './login.ts';

// SURFconext and Entree send no email_verified: leave it out to play such a provider.
export type OidcAccount = { sub: string; email?: string; email_verified?: boolean; name?: string };

/**
 * A real OpenID Connect provider (panva's oidc-provider, OpenID certified) on a free local port.
 * Its login and consent screens are completed in code as the account given to signIn().
 */
export async function startOidcProvider(redirectUri: string) {
  const accounts = new Map<string, OidcAccount>();
  let current: string | null = null;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'pps-monitor-test';
  const clientSecret = 'test-client-secret-that-is-long-enough';
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: () => ({ ...account }) } : undefined;
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-cookie-key'] },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
  });
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      await provider.interactionFinished(req, res, { login: { accountId: current! } }, { mergeWithLastSubmission: false });
      return;
    }
    const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id as string });
    grant.addOIDCScope('openid email profile');
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  }
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/')) void interaction(req, res).catch((e) => { res.statusCode = 500; res.end(String(e)); });
    else void callback(req, res);
  });

  return {
    issuer, clientId, clientSecret,
    addAccount: (account: OidcAccount) => accounts.set(account.sub, account),
    /** Follows the provider's redirects from an authorization URL as `sub`; returns the redirect back to our app. */
    async signIn(authorizationUrl: string, sub: string): Promise<string> {
      current = sub;
      let url = authorizationUrl;
      let cookie = '';
      for (let hop = 0; hop < 10; hop++) {
        if (url.startsWith(redirectUri)) return url;
        const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
        cookie = cookiesOf(response, cookie);
        const location = response.headers.get('location');
        if (!location) throw new Error(`provider answered ${response.status} at ${url}: ${(await response.text()).slice(0, 300)}`);
        url = new URL(location, url).href;
      }
      throw new Error('too many redirects at the provider');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
