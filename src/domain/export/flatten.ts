// Nested view models as flat spreadsheet rows: objects become dotted columns, lists one cell joined by " | ".
export type FlatRow = Record<string, string | number | null>;

/** A list item in one cell: a code-list entry by its code, another object as "a: b", text as is. */
function itemText(item: unknown): string {
  if (typeof item !== 'object' || item === null) return String(item);
  const entry = item as Record<string, unknown>;
  if (typeof entry.code === 'string') return entry.code;
  return Object.values(entry).map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(': ');
}

export function flatten(value: unknown, prefix = '', into: FlatRow = {}): FlatRow {
  if (value === null || value === undefined) {
    into[prefix] = null;
  } else if (Array.isArray(value)) {
    into[prefix] = value.map(itemText).join(' | ');
  } else if (typeof value === 'boolean') {
    // Dutch, as the interface says it; the JSON keeps true and false.
    into[prefix] = value ? 'ja' : 'nee';
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into[prefix] = typeof value === 'number' ? value : String(value);
  }
  return into;
}

/** All column names over all rows, in first-seen order; an object that is empty in some rows keeps only its dotted columns. */
export function columnsOf(rows: FlatRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  const all = [...seen];
  return all.filter((key) => !all.some((other) => other.startsWith(`${key}.`)));
}
