import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { userRoles, users } from '../../db/schema/index.ts';
import type { Locale } from '../../domain/format.ts';

export type MailRecipient = { userId: number; email: string; locale: Locale };

const recipientColumns = { userId: users.id, email: users.email, locale: users.preferredLocale };
const withLocale = (rows: { userId: number; email: string; locale: string | null }[]): MailRecipient[] =>
  rows.map((r) => ({ ...r, locale: r.locale === 'en' ? 'en' : 'nl' }));

/** The active coordinators of a consortium, with the language their mail is written in (Dutch unless stored). */
export async function listCoordinatorRecipients(db: Db | Tx, consortiumId: number): Promise<MailRecipient[]> {
  return withLocale(await db.select(recipientColumns).from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, 'coordinator'), eq(userRoles.consortiumId, consortiumId), eq(users.isActive, true)))
    .orderBy(users.id));
}

/** The active accounts of the programme office. */
export async function listOfficeRecipients(db: Db | Tx): Promise<MailRecipient[]> {
  return withLocale(await db.select(recipientColumns).from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, 'programmabureau'), eq(users.isActive, true)))
    .orderBy(users.id));
}
