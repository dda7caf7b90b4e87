import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { municipalities, pps } from '../../db/schema/index.ts';
import { normalise } from '../../domain/import/read-table.ts';
import { completePps, PPS_COLUMNS, PPS_REQUIRED, type PpsFields, type PpsRow } from '../../domain/import/pps-rows.ts';
import type { CheckedRows } from '../../domain/import/check-rows.ts';
import type { Actor } from '../context.ts';
import { freeSlug, locateMunicipality, slugify, writePpsDetails } from '../consortia/write-pps-details.ts';
import { recordAudit } from '../record-audit.ts';
import { defineImport, type Checked } from './define-import.ts';
import { previewOf, type ImportPreview } from './import-result.ts';
import { consortiaBySlug, importScope, notYours, unknownConsortium } from './import-scope.ts';
import { storedPps, samePps } from './stored-pps.ts';

type Write = PpsFields & { line: number; consortium: string; consortiumId: number; ppsId: number | null };

const key = normalise;

/** Municipalities by code and by name, for the row rules in the reader thread. */
async function lookups(db: Db | Tx) {
  const places = await db.select({ code: municipalities.code, name: municipalities.name }).from(municipalities);
  return { municipalities: new Map(places.flatMap((m) => [[key(m.code), m.code], [key(m.name), m.code]])) };
}

async function check(db: Db | Tx, actor: Actor, { valid, problems }: CheckedRows<PpsRow>): Promise<Checked<Write>> {
  const known = await consortiaBySlug(db, valid.map((v) => v.consortium));
  const existing = await storedPps(db, [...known.values()].map((c) => c.id));
  const mayWrite = importScope(actor);
  const writes: Write[] = [];
  for (const row of valid) {
    const consortium = known.get(row.consortium);
    if (!consortium) { problems.push(unknownConsortium(row.line, row.consortium)); continue; }
    if (!mayWrite(consortium.id)) { problems.push(notYours(row.line, row.consortium)); continue; }
    const match = row.code
      ? existing.find((p) => p.slug === row.code && p.consortiumId === consortium.id)
      : existing.find((p) => p.consortiumId === consortium.id && key(p.name) === key(row.name));
    if (row.code && !match) { problems.push({ line: row.line, column: 'code', code: 'import.ppsCodeUnknown', values: { consortium: row.consortium, value: row.code } }); continue; }
    const fields = completePps(row, match);
    if (match && samePps(match, fields)) continue;
    writes.push({ ...fields, line: row.line, consortium: row.consortium, consortiumId: consortium.id, ppsId: match?.id ?? null });
  }
  return { preview: previewOf(writes, (w) => w.ppsId !== null, (w) => `${w.name} (${w.consortium})`, problems), writes };
}

async function write(tx: Tx, actor: Actor, writes: Write[], preview: ImportPreview): Promise<void> {
  const ids: number[] = [];
  for (const w of writes) {
    const place = await locateMunicipality(tx, w.municipalityCode);
    const fields = { name: w.name, foundedYear: w.foundedYear, status: w.status, municipalityCode: w.municipalityCode, description: w.description, descriptionEn: w.descriptionEn, latitude: place.latitude, longitude: place.longitude };
    const [row] = w.ppsId
      // The version moves, so a pps form open in the portal is refused on save instead of overwriting the import.
      ? await tx.update(pps).set({ ...fields, version: sql`${pps.version} + 1`, updatedAt: new Date() }).where(eq(pps.id, w.ppsId)).returning({ id: pps.id })
      : await tx.insert(pps).values({ ...fields, consortiumId: w.consortiumId, slug: await freeSlug(tx, slugify(w.name)), isIllustrative: false }).returning({ id: pps.id });
    await writePpsDetails(tx, row!.id, place.provinceCode, w);
    ids.push(row!.id);
  }
  await recordAudit(tx, actor, { action: 'import', entity: 'pps', entityId: 'bestand', after: { created: preview.create.length, updated: preview.update.length, pps: ids } });
}

/** Pps'en of consortia, created or updated and placed at their municipality: dry run, then all rows or none. */
export const { preview: previewPpsImport, commit: commitPpsImport } = defineImport({ kind: 'pps', columns: PPS_COLUMNS, required: PPS_REQUIRED, lookups }, check, write);
