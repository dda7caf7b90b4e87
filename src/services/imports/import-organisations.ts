import { inArray, or } from 'drizzle-orm';
import { organisations } from '../../db/schema/index.ts';
import type { Db, Tx } from '../../db/client.ts';
import { ORGANISATION_COLUMNS, type OrganisationRow } from '../../domain/import/organisation-rows.ts';
import type { CheckedRows } from '../../domain/import/check-rows.ts';
import { requireRole } from '../authorize.ts';
import type { Actor } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { defineImport, type Checked } from './define-import.ts';
import { previewOf } from './import-result.ts';

export type { ImportPreview } from './import-result.ts';

type Write = { line: number; row: OrganisationRow };

async function check(db: Db | Tx, _actor: Actor, { valid, problems }: CheckedRows<Write>): Promise<Checked<Write>> {
  const kvks = valid.flatMap((v) => (v.row.kvk ? [v.row.kvk] : []));
  const brins = valid.flatMap((v) => (v.row.brin ? [v.row.brin] : []));
  // Identifiers are unique: an organisation that exists already is refused with a pointer, never silently doubled.
  const existing = kvks.length || brins.length
    ? await db.select({ id: organisations.id, name: organisations.name, kvk: organisations.kvkNumber, brin: organisations.brinCode }).from(organisations)
        .where(or(kvks.length ? inArray(organisations.kvkNumber, kvks) : undefined, brins.length ? inArray(organisations.brinCode, brins) : undefined))
    : [];
  for (const { line, row } of valid) {
    const hit = existing.find((e) => (row.kvk && e.kvk === row.kvk) || (row.brin && e.brin === row.brin));
    if (hit) problems.push({ line, column: hit.kvk === row.kvk ? 'kvk' : 'brin', code: 'import.organisationExists', values: { name: hit.name, id: hit.id } });
  }
  const refusedLines = new Set(problems.map((p) => p.line));
  return { preview: previewOf(valid.filter((v) => !refusedLines.has(v.line)), () => false, (v) => v.row.naam, problems), writes: valid };
}

async function write(tx: Tx, actor: Actor, rows: Write[]): Promise<void> {
  const values = rows.map(({ row }) => ({
    name: row.naam, kind: row.soort, educationLevel: row.niveau ?? null, companySize: row.grootte ?? null, governmentLevel: row.overheidsniveau ?? null,
    kvkNumber: row.kvk ?? null, brinCode: row.brin ?? null, website: row.website ?? null, isIllustrative: false,
  }));
  for (let i = 0; i < values.length; i += 500) await tx.insert(organisations).values(values.slice(i, i + 500));
  await recordAudit(tx, actor, { action: 'import', entity: 'organisations', entityId: 'bestand', after: { created: values.length } });
}

/** New organisations, for the programme office: dry run, then all rows in one transaction or none. */
export const { preview: previewOrganisationImport, commit: commitOrganisationImport } = defineImport({ kind: 'organisaties', columns: ORGANISATION_COLUMNS, required: ['naam', 'soort'] }, check, write, (ctx) => requireRole(ctx, 'programmabureau'));
