import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

// COPY text format: tab between columns, \N for null, backslash escapes inside values.
function field(value: unknown, json: boolean): string {
  if (value === null || value === undefined) return '\\N';
  if (json) return escape(JSON.stringify(value));
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  // A PostgreSQL array column (text[]): {"a","b"} with quotes and backslashes escaped inside the elements.
  if (Array.isArray(value)) return escape(`{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  return escape(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Rows keyed like the Drizzle table (camelCase), as COPY text with the SQL column names they fill. */
export function copyText(table: PgTable, rows: object[]): { table: string; columns: string[]; text: string } {
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((k) => k in columns);
  const json = keys.map((k) => /json/i.test(columns[k]?.columnType ?? ''));
  // A key some rows leave out takes the column's plain default (e.g. note: ''), as an INSERT would.
  const fallback = keys.map((k) => { const d = columns[k]?.default; return typeof d === 'object' ? undefined : d; });
  const lines = rows.map((row) => keys.map((k, i) => field((row as Record<string, unknown>)[k] ?? fallback[i], json[i] as boolean)).join('\t'));
  return { table: getTableName(table), columns: keys.map((k) => `"${columns[k]?.name}"`), text: `${lines.join('\n')}\n` };
}
