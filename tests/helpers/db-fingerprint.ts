import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';

// Row counts and version sums of every table the portal writes: any insert, update or delete changes it.
const VERSIONED = ['consortia', 'pps', 'memberships', 'organisations', 'budget_lines', 'targets', 'progress_reports'];
const PLAIN = ['consortium_provinces', 'consortium_sectors', 'consortium_levels', 'pps_provinces', 'pps_sectors', 'pps_levels',
  'report_indicator_values', 'budget_realisations', 'report_narratives', 'report_comments', 'audit_log'];

export async function fingerprint(db: Db): Promise<Record<string, string>> {
  const parts = [
    ...VERSIONED.map((t) => `select '${t}' as t, count(*)::text || '/' || coalesce(sum(version), 0)::text as v from ${t}`),
    ...PLAIN.map((t) => `select '${t}' as t, count(*)::text as v from ${t}`),
    `select 'values' as t, coalesce(sum(value), 0)::text as v from report_indicator_values`,
  ];
  const result = await db.execute(sql.raw(parts.join(' union all ')));
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { t: string; v: string }[];
  return Object.fromEntries(rows.map((r) => [r.t, r.v]));
}

export async function auditCount(db: Db): Promise<number> {
  return Number((await fingerprint(db)).audit_log);
}
