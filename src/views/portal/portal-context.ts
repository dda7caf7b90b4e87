import { createContext } from 'hono/jsx';
import type { PortalSession } from './portal-layout.tsx';

// Every portal view gets the portal layout through <PortalPage>, which reads this context: renderPage provides it
// for requests inside /portaal, so views stay functions of their props.
export const PortalContext = createContext<PortalSession | null>(null);
