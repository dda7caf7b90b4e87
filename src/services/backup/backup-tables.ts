import { getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema/index.ts';

/** Every table of the schema, parents before children (foreign-key order), so a restore can insert in turn. */
export function tablesInDependencyOrder(): PgTable[] {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
  const byName = new Map(tables.map((t) => [getTableName(t), t]));
  const ordered: PgTable[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: PgTable) => {
    const name = getTableName(table);
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`Foreign keys form a cycle at table ${name}`);
    state.set(name, 'visiting');
    for (const fk of getTableConfig(table).foreignKeys) {
      const parent = getTableName(fk.reference().foreignTable);
      if (parent !== name) visit(byName.get(parent) as PgTable);
    }
    state.set(name, 'done');
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => getTableName(a).localeCompare(getTableName(b)))) visit(table);
  return ordered;
}
