// Before/after of an audit row as a list of changed fields, for people to read.
export type FieldChange = { field: string; before: string | null; after: string | null };

function show(value: unknown): string | null {
  if (value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Fields that differ between before and after (objects compared per top-level field, other values as a whole). */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) {
    return show(before ?? undefined) === show(after ?? undefined) ? [] : [{ field: '', before: show(before ?? undefined), after: show(after ?? undefined) }];
  }
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields
    .map((field) => ({ field, before: show(b?.[field]), after: show(a?.[field]) }))
    .filter((c) => c.before !== c.after);
}
