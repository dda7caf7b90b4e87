import type { Locale } from '../../domain/format.ts';
import type { Role } from '../../services/context.ts';

/** Who is signed in and where: routes build it with portalSessionOf(c) and pass it to the view as `portal`. */
export type PortalSession = { locale: Locale; path: string; userName: string; roles: Role[]; csrfToken: string };
