import { createContext } from 'hono/jsx';

// Fingerprinted URLs of the stylesheets and scripts (name → /assets/name.<hash>.ext); renderPage provides them,
// and without them (a view rendered on its own) the plain names still answer.
export const AssetPathsContext = createContext<Record<string, string>>({});

export function assetHref(paths: Record<string, string>, name: string): string {
  return paths[name] ?? `/assets/${name}`;
}
