import { sql, type Column, type SQL } from 'drizzle-orm';

/**
 * column = any('{…}'::int[]): one parameter however many ids. A whole-programme scope at ×100 holds tens of
 * thousands of pps ids, and as IN ($1 … $29200) parsing and planning took seconds (bench/results.md).
 */
export function inIds(column: Column, ids: number[]): SQL {
  return sql`${column} = any(${`{${ids.join(',')}}`}::int[])`;
}
