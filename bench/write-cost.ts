// What a small write costs with the public figures refreshed at its commit (migration 0010): a partner added to a
// pps, a report approved, a budget line changed, a pps moved or given a sector (these recount the counts and the
// map); each undone afterwards by a second write, so the data stay as built. Alone: `tsx bench/write-cost.ts <url>`.
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { openPostgres, type Database } from '../src/db/client.ts';

export type WriteCost = { name: string; ms: number };

async function timed(database: Database, statements: ReturnType<typeof sql>[]): Promise<number> {
  const started = performance.now();
  await database.db.transaction(async (tx) => { for (const s of statements) await tx.execute(s); });
  return performance.now() - started;
}

/** Median of three of each write, in ms, the undo not counted. */
export async function measureWriteCost(database: Database): Promise<WriteCost[]> {
  const one = async (q: ReturnType<typeof sql>) => {
    const result = await database.db.execute(q);
    return ((result as unknown as { rows?: Record<string, number>[] }).rows ?? (result as unknown as Record<string, number>[]))[0] as Record<string, number>;
  };
  const { pps, org } = await one(sql`select (select min(id) from pps) as pps, (select max(id) from organisations) as org`);
  const { report } = await one(sql`select min(id) as report from progress_reports where status = 'goedgekeurd'`);
  const { line } = await one(sql`select min(id) as line from budget_lines`);
  const { moved, from, to } = await one(sql`select p.id as moved, p.municipality_code as "from",
    (select code from municipalities where code <> p.municipality_code order by code limit 1) as "to" from pps p where p.municipality_code is not null order by p.id limit 1`);
  const { sector } = await one(sql`select min(code) as sector from sectors where code not in (select sector_code from pps_sectors where pps_id = ${pps})`);
  const cases: [string, ReturnType<typeof sql>[], ReturnType<typeof sql>[]][] = [
    ['partner added to a pps', [sql`insert into memberships (pps_id, organisation_id, since) values (${pps}, ${org}, '2031-01-01')`],
      [sql`delete from memberships where pps_id = ${pps} and organisation_id = ${org} and since = '2031-01-01'`]],
    ['report approved', [sql`update progress_reports set status = 'ingediend' where id = ${report}`], []],
    ['budget line changed', [sql`update budget_lines set planned_amount = planned_amount + 1 where id = ${line}`],
      [sql`update budget_lines set planned_amount = planned_amount - 1 where id = ${line}`]],
    ['pps moved to another municipality', [sql`update pps set municipality_code = ${to} where id = ${moved}`],
      [sql`update pps set municipality_code = ${from} where id = ${moved}`]],
    ['sector added to a pps', [sql`insert into pps_sectors (pps_id, sector_code) values (${pps}, ${sector})`],
      [sql`delete from pps_sectors where pps_id = ${pps} and sector_code = ${sector}`]],
  ];
  const out: WriteCost[] = [];
  for (const [name, write, undo] of cases) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      times.push(await timed(database, write));
      // The approval case flips a report back and forth: both directions are an approval-sized write.
      await timed(database, undo.length ? undo : [sql`update progress_reports set status = 'goedgekeurd' where id = ${report}`]);
    }
    out.push({ name, ms: times.sort((a, b) => a - b)[1] as number });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const database = await openPostgres(process.argv[2] as string, { max: 2 });
  for (const w of await measureWriteCost(database)) console.log(`${w.name}\t${w.ms.toFixed(0)} ms`);
  await database.close();
}
