import { inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { organisations } from '../../db/schema/index.ts';
import type { PartnerRow } from '../../domain/import/partner-rows.ts';

type Found = { id: number; name: string; kvk: string | null; brin: string | null };
export type OrganisationMatch = { ok: true; id: number; name: string } | { ok: false; column: string; message: string };

/** Resolves each row's organisation by KvK number, then BRIN code, then exact name; never guesses between namesakes. */
export async function findPartnerOrganisations(db: Db | Tx, rows: PartnerRow[]): Promise<(row: PartnerRow) => OrganisationMatch> {
  const kvks = rows.flatMap((r) => (r.organisation.kvk ? [r.organisation.kvk] : []));
  const brins = rows.flatMap((r) => (r.organisation.brin ? [r.organisation.brin] : []));
  const names = rows.map((r) => r.organisation.name.toLowerCase());
  const found: Found[] = rows.length
    ? await db.select({ id: organisations.id, name: organisations.name, kvk: organisations.kvkNumber, brin: organisations.brinCode }).from(organisations)
        .where(or(kvks.length ? inArray(organisations.kvkNumber, kvks) : undefined, brins.length ? inArray(organisations.brinCode, brins) : undefined, inArray(sql`lower(${organisations.name})`, names)))
    : [];
  const hint = 'Lees de organisatie eerst in met het sjabloon organisaties.';
  return ({ organisation: o }) => {
    if (o.kvk) {
      const hit = found.find((f) => f.kvk === o.kvk);
      return hit ? { ok: true, id: hit.id, name: hit.name } : { ok: false, column: 'kvk', message: `Er is geen organisatie met KvK-nummer ${o.kvk}. ${hint}` };
    }
    if (o.brin) {
      const hit = found.find((f) => f.brin === o.brin);
      return hit ? { ok: true, id: hit.id, name: hit.name } : { ok: false, column: 'brin', message: `Er is geen organisatie met BRIN-code ${o.brin}. ${hint}` };
    }
    const hits = found.filter((f) => f.name.toLowerCase() === o.name.toLowerCase());
    if (hits.length === 1) return { ok: true, id: hits[0]!.id, name: hits[0]!.name };
    if (hits.length > 1) return { ok: false, column: 'organisatie', message: `Er zijn ${hits.length} organisaties met de naam "${o.name}". Vul het KvK-nummer of de BRIN-code in.` };
    return { ok: false, column: 'organisatie', message: `Er is geen organisatie met de naam "${o.name}". ${hint}` };
  };
}
