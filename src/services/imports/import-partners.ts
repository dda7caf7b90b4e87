import { eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, pps } from '../../db/schema/index.ts';
import { PARTNER_COLUMNS, PARTNER_REQUIRED, type PartnerRow } from '../../domain/import/partner-rows.ts';
import type { CheckedRows } from '../../domain/import/check-rows.ts';
import type { Actor } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { findPartnerOrganisations } from './find-partner-organisations.ts';
import { defineImport, type Checked } from './define-import.ts';
import { previewOf } from './import-result.ts';
import { importScope } from './import-scope.ts';
import { leadPartnerRefusal } from '../../domain/consortia/lead-partner.ts';

type Write = PartnerRow & { ppsId: number; organisationId: number; membershipId: number | null };

const overlaps = (a: { since: string; until: string | null }, b: { since: string; until: string | null }) =>
  a.since <= (b.until ?? '9999-12-31') && b.since <= (a.until ?? '9999-12-31');

async function check(db: Db | Tx, actor: Actor, { valid, problems }: CheckedRows<PartnerRow>): Promise<Checked<Write>> {
  const slugs = [...new Set(valid.map((v) => v.pps))];
  const ppsRows = slugs.length ? await db.select({ id: pps.id, slug: pps.slug, consortiumId: pps.consortiumId }).from(pps).where(inArray(pps.slug, slugs)) : [];
  const organisationOf = await findPartnerOrganisations(db, valid);
  const current = ppsRows.length ? await db.select({ id: memberships.id, ppsId: memberships.ppsId, organisationId: memberships.organisationId, role: memberships.role, since: memberships.since, until: memberships.until })
    .from(memberships).where(inArray(memberships.ppsId, ppsRows.map((p) => p.id))) : [];
  const mayWrite = importScope(actor);
  const writes: Write[] = [];
  for (const row of valid) {
    const target = ppsRows.find((p) => p.slug === row.pps);
    if (!target?.consortiumId) { problems.push({ line: row.line, column: 'pps', code: 'import.ppsUnknown', values: { value: row.pps } }); continue; }
    if (!mayWrite(target.consortiumId)) { problems.push({ line: row.line, column: 'pps', code: 'import.partnersNotYours', values: { value: row.pps } }); continue; }
    const organisation = organisationOf(row);
    if (!organisation.ok) { problems.push({ line: row.line, ...organisation.problem }); continue; }
    const same = current.filter((m) => m.ppsId === target.id && m.organisationId === organisation.id);
    const match = same.find((m) => m.since === row.since);
    const clash = same.find((m) => m.since !== row.since && overlaps(m, row)) ?? writes.find((w) => w.ppsId === target.id && w.organisationId === organisation.id && overlaps(w, row));
    if (clash) { problems.push({ line: row.line, column: 'sinds', code: 'import.partnerClash', values: { name: organisation.name, pps: row.pps, since: clash.since.split('-').reverse().join('-') } }); continue; }
    if (match && match.role === row.role && match.until === row.until) continue;
    // The portal's rule, applied here too: a coordinator cannot end the penvoerder's membership by import.
    const lead = match && leadPartnerRefusal(organisation.name, match, row);
    if (lead) { problems.push({ line: row.line, column: row.until ? 'tot' : 'rol', code: 'leadPartnerStays', values: { name: organisation.name } }); continue; }
    writes.push({ ...row, organisation: { ...row.organisation, name: organisation.name }, ppsId: target.id, organisationId: organisation.id, membershipId: match?.id ?? null });
  }
  return { preview: previewOf(writes, (w) => w.membershipId !== null, (w) => `${w.organisation.name} in ${w.pps}`, problems), writes };
}

async function write(tx: Tx, actor: Actor, writes: Write[]): Promise<void> {
  const created = writes.filter((w) => !w.membershipId);
  if (created.length) await tx.insert(memberships).values(created.map((w) => ({ ppsId: w.ppsId, organisationId: w.organisationId, role: w.role, since: w.since, until: w.until })));
  for (const w of writes.filter((w) => w.membershipId)) {
    await tx.update(memberships).set({ role: w.role, until: w.until, version: sql`${memberships.version} + 1` }).where(eq(memberships.id, w.membershipId!));
  }
  await recordAudit(tx, actor, { action: 'import', entity: 'memberships', entityId: 'bestand', after: { created: created.length, updated: writes.length - created.length, pps: [...new Set(writes.map((w) => w.ppsId))] } });
}

/** Organisations as partners of pps'en, with role and period: dry run, then all rows in one transaction or none. */
export const { preview: previewPartnerImport, commit: commitPartnerImport } = defineImport({ kind: 'partners', columns: PARTNER_COLUMNS, required: PARTNER_REQUIRED }, check, write);
