import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh random token for a cookie or a one-time link: 256 bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores instead of a token: its SHA-256 (tokens are random, so no salt is needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token this server issued: random part and its HMAC under the server's key, so a made-up one fails. */
export function newSignedToken(key: string): string {
  const random = newToken();
  return `${random}.${createHmac('sha256', key).update(random).digest('base64url')}`;
}

/** Was this token issued by newSignedToken under this key? */
export function isSignedToken(token: string, key: string): boolean {
  const [random, mac, rest] = token.split('.');
  if (!random || !mac || rest !== undefined) return false;
  return sameSecret(mac, createHmac('sha256', key).update(random).digest('base64url'));
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
