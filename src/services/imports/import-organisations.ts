import { inArray, or } from 'drizzle-orm';
import { organisations } from '../../db/schema/index.ts';
import type { Db, Tx } from '../../db/client.ts';
import { checkOrganisationRows, ORGANISATION_COLUMNS, type OrganisationRow } from '../../domain/import/organisation-rows.ts';
import { requireRole } from '../authorize.ts';
import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { byLine, readImportFile, refuseImport, unreadable, type ImportPreview } from './import-result.ts';

export type { ImportPreview } from './import-result.ts';

async function check(db: Db | Tx, bytes: Uint8Array): Promise<{ preview: ImportPreview; rows: { line: number; row: OrganisationRow }[] }> {
  const table = await readImportFile(bytes, ORGANISATION_COLUMNS, ['naam', 'soort']);
  if (!table.ok) return { preview: unreadable(table.problems), rows: [] };
  const { valid, problems } = checkOrganisationRows(table.rows);
  const kvks = valid.flatMap((v) => (v.row.kvk ? [v.row.kvk] : []));
  const brins = valid.flatMap((v) => (v.row.brin ? [v.row.brin] : []));
  // Identifiers are unique: an organisation that exists already is refused with a pointer, never silently doubled.
  const existing = kvks.length || brins.length
    ? await db.select({ id: organisations.id, name: organisations.name, kvk: organisations.kvkNumber, brin: organisations.brinCode }).from(organisations)
        .where(or(kvks.length ? inArray(organisations.kvkNumber, kvks) : undefined, brins.length ? inArray(organisations.brinCode, brins) : undefined))
    : [];
  for (const { line, row } of valid) {
    const hit = existing.find((e) => (row.kvk && e.kvk === row.kvk) || (row.brin && e.brin === row.brin));
    if (hit) problems.push({ line, column: hit.kvk === row.kvk ? 'kvk' : 'brin', message: `Deze organisatie bestaat al: ${hit.name} (/api/v1/organisaties/${hit.id}).` });
  }
  const refusedLines = new Set(problems.map((p) => p.line));
  return {
    preview: { create: valid.filter((v) => !refusedLines.has(v.line)).map((v) => ({ line: v.line, name: v.row.naam })), update: [], refused: byLine(problems) },
    rows: valid,
  };
}

/** Dry run: what the file would create, and every refused row with its line, column and a Dutch message. */
export async function previewOrganisationImport(ctx: ServiceContext, bytes: Uint8Array): Promise<ImportPreview> {
  requireRole(ctx, 'programmabureau');
  return (await check(ctx.db, bytes)).preview;
}

/** All rows in one transaction with one audit row, or nothing at all when any row is refused. */
export async function commitOrganisationImport(ctx: ServiceContext, bytes: Uint8Array): Promise<ImportPreview> {
  const actor = requireRole(ctx, 'programmabureau');
  return ctx.db.transaction(async (tx) => {
    const { preview, rows } = await check(tx, bytes);
    if (preview.refused.length) throw refuseImport(preview);
    const values = rows.map(({ row }) => ({
      name: row.naam, kind: row.soort, educationLevel: row.niveau ?? null, companySize: row.grootte ?? null, governmentLevel: row.overheidsniveau ?? null,
      kvkNumber: row.kvk ?? null, brinCode: row.brin ?? null, website: row.website ?? null, isIllustrative: false,
    }));
    for (let i = 0; i < values.length; i += 500) await tx.insert(organisations).values(values.slice(i, i + 500));
    await recordAudit(tx, actor, { action: 'import', entity: 'organisations', entityId: 'bestand', after: { created: values.length } });
    return preview;
  });
}
