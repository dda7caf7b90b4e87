// Only a local absolute path may be a return target: no scheme, no host, no protocol-relative //.
const DEFAULT = '/portaal';

/** The path to return to after login, or /portaal when the value is missing or not a safe local path. */
export function safeReturnPath(value: string | null | undefined, fallback = DEFAULT): string {
  if (!value || value.length > 500) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  // Control characters and backslashes can be normalised by browsers into another host.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, 'http://x.invalid');
    if (url.origin !== 'http://x.invalid') return fallback;
    // Checked again after normalising: "/.//evil.example", "/..//" and "/%2e//" all become "//evil.example".
    const path = url.pathname + url.search + url.hash;
    return path.startsWith('//') || path.startsWith('/\\') ? fallback : path;
  } catch {
    return fallback;
  }
}
