import { and, asc, eq, isNotNull, like } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { userRoles, users } from '../../db/schema/index.ts';
import type { Role } from '../context.ts';

export const DEMO_EMAIL_DOMAIN = '@voorbeeld.nl';

/** One demo account per role (two coordinators) when the demo data is loaded; shown on the login page in development. */
export async function listDemoAccounts(db: Db): Promise<{ email: string; role: Role }[]> {
  const rows = await db
    .select({ email: users.email, role: userRoles.role })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(like(users.email, `%${DEMO_EMAIL_DOMAIN}`), isNotNull(users.passwordHash), eq(users.isActive, true)))
    .orderBy(asc(users.id))
    .limit(20);
  const wanted: Record<Role, number> = { programmabureau: 1, beoordelaar: 1, coordinator: 2, aanvrager: 1 };
  return rows.filter((r) => wanted[r.role]-- > 0);
}
