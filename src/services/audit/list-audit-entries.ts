import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, users } from '../../db/schema/index.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { idNumber } from '../../domain/input/safe-input.ts';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
// Years from 1970: the log has nothing older, and year 1 has no time zone offset a date can carry.
const Day = z.string().regex(/^(19[7-9]\d|[2-9]\d{3})-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));

export const AuditFilter = z.object({
  entiteit: optional(z.string().max(100)),
  actie: optional(z.string().max(100)),
  gebruiker: optional(idNumber()),
  van: optional(Day),
  tot: optional(Day),
  pagina: optional(z.coerce.number().int().min(1).max(100_000)).default(1),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

export const AUDIT_PAGE_SIZE = 25;

export type AuditEntryView = {
  id: number; occurredAt: Date; actorName: string | null; action: string; entity: string; entityId: string; before: unknown; after: unknown;
};
export type AuditPage = { entries: AuditEntryView[]; total: number; page: number; pageCount: number };

/** Midnight in Amsterdam at the start of a calendar day (CET or CEST). */
function dutchMidnight(day: string): Date {
  const utc = new Date(`${day}T00:00:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' }).formatToParts(utc).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const offset = name === 'GMT' ? '+00:00' : name.slice(3);
  return new Date(`${day}T00:00:00${offset}`);
}

function where(f: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (f.entiteit) parts.push(eq(auditLog.entity, f.entiteit));
  if (f.actie) parts.push(eq(auditLog.action, f.actie));
  if (f.gebruiker) parts.push(eq(auditLog.actorUserId, f.gebruiker));
  // Days are Dutch calendar days; 'tot' includes the whole day.
  if (f.van) parts.push(gte(auditLog.occurredAt, dutchMidnight(f.van)));
  if (f.tot) parts.push(lt(auditLog.occurredAt, dutchMidnight(new Date(Date.parse(`${f.tot}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10))));
  return parts.length ? and(...parts) : undefined;
}

/** The audit log, newest first, filtered and paginated: programme office only. */
export async function listAuditEntries(ctx: ServiceContext, filter: AuditFilter): Promise<AuditPage> {
  requireRole(ctx, 'programmabureau');
  const condition = where(filter);
  const [{ total } = { total: 0 }] = await ctx.db.select({ total: count() }).from(auditLog).where(condition);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.pagina, pageCount);
  const entries = await ctx.db
    .select({
      id: auditLog.id, occurredAt: auditLog.occurredAt, actorName: users.name, action: auditLog.action,
      entity: auditLog.entity, entityId: auditLog.entityId, before: auditLog.before, after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(condition)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return { entries, total, page, pageCount };
}

export type AuditFacets = { entities: string[]; actions: string[]; actors: { id: number; name: string }[] };

/** The values to filter on: entities, actions and people that occur in the log. */
export async function listAuditFacets(ctx: ServiceContext): Promise<AuditFacets> {
  requireRole(ctx, 'programmabureau');
  const [entities, actions, actors] = await Promise.all([
    ctx.db.selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(auditLog.entity),
    ctx.db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action),
    ctx.db.selectDistinct({ id: users.id, name: users.name }).from(auditLog).innerJoin(users, eq(users.id, auditLog.actorUserId)).orderBy(users.name),
  ]);
  return { entities: entities.map((r) => r.v), actions: actions.map((r) => r.v), actors };
}
