import { createContext } from 'hono/jsx';
import type { Locale } from '../domain/format.ts';

// The page's language, for the form kit: it words error codes from services (i18n/errors.ts) where they are shown,
// so routes pass codes through unchanged. renderPage provides it for every page.
export const LocaleContext = createContext<Locale>('nl');
