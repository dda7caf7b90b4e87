import * as oidc from 'openid-client';
import type { Config } from '../../config.ts';

type OidcConfig = NonNullable<Config['oidc']>;

export type OidcStart = { url: string; state: string; nonce: string; codeVerifier: string };
// SURFconext and Entree do not send email_verified: the e-mail address is never enough to find an account.
export type OidcClaims = { issuer: string; subject: string; email: string | null; emailVerified: boolean; name: string | null };

// Discovery once per issuer; a failed discovery is retried at the next login.
const configurations = new Map<string, Promise<oidc.Configuration>>();

function configurationOf(settings: OidcConfig): Promise<oidc.Configuration> {
  const key = `${settings.issuer} ${settings.clientId}`;
  let found = configurations.get(key);
  if (!found) {
    const issuer = new URL(settings.issuer);
    // Plain http only for a provider on this machine (development and tests).
    const local = issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
    found = oidc.discovery(issuer, settings.clientId, settings.clientSecret, undefined, local ? { execute: [oidc.allowInsecureRequests] } : undefined);
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found;
}

/** The provider's authorization URL (code flow, PKCE S256, state, nonce) and the secrets to keep until the callback. */
export async function startOidcLogin(settings: OidcConfig, redirectUri: string): Promise<OidcStart> {
  const configuration = await configurationOf(settings);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri, scope: 'openid email profile', state, nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier), code_challenge_method: 'S256',
  });
  return { url: url.href, state, nonce, codeVerifier };
}

/** Exchanges the code (checking state, nonce, PKCE and the ID token) and returns who the provider says this is. */
export async function finishOidcLogin(settings: OidcConfig, callbackUrl: URL, checks: Omit<OidcStart, 'url'>): Promise<OidcClaims> {
  const configuration = await configurationOf(settings);
  const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: checks.codeVerifier, expectedState: checks.state, expectedNonce: checks.nonce, idTokenExpected: true,
  });
  const idToken = tokens.claims();
  if (!idToken) throw new Error('no ID token');
  let email = typeof idToken.email === 'string' ? idToken.email : null;
  let verified = idToken.email_verified === true;
  let name = typeof idToken.name === 'string' ? idToken.name : null;
  // Many providers (SURFconext among them) put e-mail and name only in the userinfo response.
  if (!email || !name) {
    const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    if (!email) {
      email = typeof info.email === 'string' ? info.email : null;
      verified = info.email_verified === true;
    }
    name ??= typeof info.name === 'string' ? info.name : null;
  }
  return { issuer: configuration.serverMetadata().issuer, subject: idToken.sub, email: email?.toLowerCase() ?? null, emailVerified: verified, name: name || null };
}
