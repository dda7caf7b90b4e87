import type { Db } from '../db/client.ts';
import type { ROLES } from '../domain/enums.ts';

export type Role = (typeof ROLES)[number];
export type Actor = { userId: number; roles: { role: Role; consortiumId: number | null }[] };

/** What every use-case gets: the database and who is asking (null for the anonymous public). */
export type ServiceContext = {
  db: Db;
  actor: Actor | null;
  /** When the actor's session began (a portal request); sensitive use-cases accept a recent one instead of a password. */
  signedInAt?: Date | null;
  /** The client's address, for the throttle on wrong passwords when a sensitive action is confirmed. */
  clientIp?: string;
};
