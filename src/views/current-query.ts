import { createContext } from 'hono/jsx';

// The query string of the current request ("" or "?a=b"), so the language switch opens the same view
// (filter, sort, page) in the other language; renderPage provides it, page views need not pass it on.
export const CurrentQueryContext = createContext('');

// The site's public address without a trailing slash (PUBLIC_BASE_URL, else the request's origin), for absolute links in the head.
export const PublicBaseUrlContext = createContext('');
