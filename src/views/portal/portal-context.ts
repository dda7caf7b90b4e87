import { createContext } from 'hono/jsx';
import type { PortalPage } from './portal-layout.tsx';

// Portal pages built by the maintenance and report modules get the portal layout through this context,
// so their views stay functions of props; renderPage provides it for requests inside /portaal.
export const PortalContext = createContext<PortalPage | null>(null);
