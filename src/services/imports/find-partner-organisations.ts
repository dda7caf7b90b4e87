import { inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { organisations } from '../../db/schema/index.ts';
import type { PartnerRow } from '../../domain/import/partner-rows.ts';
import type { ReadProblem } from '../../domain/import/read-table.ts';

type Found = { id: number; name: string; kvk: string | null; brin: string | null };
export type OrganisationMatch = { ok: true; id: number; name: string } | { ok: false; problem: Omit<ReadProblem, 'line'> };

/** Resolves each row's organisation by KvK number, then BRIN code, then exact name; never guesses between namesakes. */
export async function findPartnerOrganisations(db: Db | Tx, rows: PartnerRow[]): Promise<(row: PartnerRow) => OrganisationMatch> {
  const kvks = rows.flatMap((r) => (r.organisation.kvk ? [r.organisation.kvk] : []));
  const brins = rows.flatMap((r) => (r.organisation.brin ? [r.organisation.brin] : []));
  const names = rows.map((r) => r.organisation.name.toLowerCase());
  const found: Found[] = rows.length
    ? await db.select({ id: organisations.id, name: organisations.name, kvk: organisations.kvkNumber, brin: organisations.brinCode }).from(organisations)
        .where(or(kvks.length ? inArray(organisations.kvkNumber, kvks) : undefined, brins.length ? inArray(organisations.brinCode, brins) : undefined, inArray(sql`lower(${organisations.name})`, names)))
    : [];
  return ({ organisation: o }): OrganisationMatch => {
    if (o.kvk) {
      const hit = found.find((f) => f.kvk === o.kvk);
      return hit ? { ok: true, id: hit.id, name: hit.name } : { ok: false, problem: { column: 'kvk', code: 'import.noOrganisationKvk', values: { value: o.kvk } } };
    }
    if (o.brin) {
      const hit = found.find((f) => f.brin === o.brin);
      return hit ? { ok: true, id: hit.id, name: hit.name } : { ok: false, problem: { column: 'brin', code: 'import.noOrganisationBrin', values: { value: o.brin } } };
    }
    const hits = found.filter((f) => f.name.toLowerCase() === o.name.toLowerCase());
    if (hits.length === 1) return { ok: true, id: hits[0]!.id, name: hits[0]!.name };
    if (hits.length > 1) return { ok: false, problem: { column: 'organisatie', code: 'import.organisationAmbiguous', values: { count: hits.length, value: o.name } } };
    return { ok: false, problem: { column: 'organisatie', code: 'import.noOrganisationName', values: { value: o.name } } };
  };
}
