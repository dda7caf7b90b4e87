import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { consortia, indicators, progressReports, reportIndicatorValues } from '../../db/schema/index.ts';
import { INDICATOR_VALUE_COLUMNS, type IndicatorValueRow, type KnownIndicator } from '../../domain/import/indicator-value-rows.ts';
import { coordinatedConsortia, hasRole } from '../authorize.ts';
import type { CheckedRows } from '../../domain/import/check-rows.ts';
import type { Actor } from '../context.ts';
import { recordAudit } from '../record-audit.ts';
import { defineImport, type Checked } from './define-import.ts';
import { previewOf, type ImportPreview } from './import-result.ts';

type Write = IndicatorValueRow & { reportId: number };

/** The indicators by code, for the row rules in the reader thread. */
async function lookups(db: Db | Tx) {
  const known = await db.select({ id: indicators.id, code: indicators.code, kind: indicators.kind, disaggregations: indicators.disaggregations }).from(indicators);
  return { indicators: new Map(known.map((i) => [i.code, i as KnownIndicator])) };
}

async function check(db: Db | Tx, actor: Actor, { valid, problems }: CheckedRows<IndicatorValueRow>): Promise<Checked<Write>> {
  const slugs = [...new Set(valid.map((v) => v.consortium))];
  const reports = slugs.length
    ? await db.select({ id: progressReports.id, slug: consortia.slug, consortiumId: consortia.id, year: progressReports.periodYear, status: progressReports.status })
        .from(progressReports).innerJoin(consortia, eq(consortia.id, progressReports.consortiumId)).where(inArray(consortia.slug, slugs))
    : [];
  const reportOf = new Map(reports.map((r) => [`${r.slug}|${r.year}`, r]));
  const isOffice = hasRole(actor, 'programmabureau');
  const mine = coordinatedConsortia(actor);
  const writes: Write[] = [];
  for (const row of valid) {
    const report = reportOf.get(`${row.consortium}|${row.year}`);
    if (!report) problems.push({ line: row.line, column: 'jaar', code: 'import.reportMissing', values: { year: row.year, consortium: row.consortium } });
    else if (!isOffice && !mine.includes(report.consortiumId)) problems.push({ line: row.line, column: 'consortium', code: 'import.valuesNotYours', values: { consortium: row.consortium } });
    else if (report.status === 'goedgekeurd') problems.push({ line: row.line, column: 'jaar', code: 'import.reportApproved', values: { year: row.year, consortium: row.consortium } });
    else if (report.status === 'ingediend') problems.push({ line: row.line, column: 'jaar', code: 'import.reportSubmitted', values: { year: row.year, consortium: row.consortium } });
    else writes.push({ ...row, reportId: report.id });
  }
  const existing = writes.length
    ? await db.select({ reportId: reportIndicatorValues.reportId, indicatorId: reportIndicatorValues.indicatorId, breakdown: reportIndicatorValues.breakdown })
        .from(reportIndicatorValues).where(inArray(reportIndicatorValues.reportId, [...new Set(writes.map((w) => w.reportId))]))
    : [];
  const present = new Set(existing.map((e) => `${e.reportId}|${e.indicatorId}|${e.breakdown}`));
  const refused = new Set(problems.map((p) => p.line));
  const ok = writes.filter((w) => !refused.has(w.line));
  const isUpdate = (w: Write) => present.has(`${w.reportId}|${w.indicatorId}|${w.breakdown}`);
  return { preview: previewOf(ok, isUpdate, (w) => `${w.consortium} ${w.year}`, problems), writes: ok };
}

async function write(tx: Tx, actor: Actor, writes: Write[], preview: ImportPreview): Promise<void> {
  for (let i = 0; i < writes.length; i += 5000) {
    await tx.insert(reportIndicatorValues)
      .values(writes.slice(i, i + 5000).map((w) => ({ reportId: w.reportId, indicatorId: w.indicatorId, breakdown: w.breakdown, value: w.value })))
      .onConflictDoUpdate({ target: [reportIndicatorValues.reportId, reportIndicatorValues.indicatorId, reportIndicatorValues.breakdown], set: { value: sql`excluded.value` } });
  }
  const reportIds = [...new Set(writes.map((w) => w.reportId))];
  // Someone editing one of these reports in the portal sees a newer version and must reload.
  if (reportIds.length) await tx.update(progressReports).set({ version: sql`${progressReports.version} + 1` }).where(and(inArray(progressReports.id, reportIds)));
  await recordAudit(tx, actor, { action: 'import', entity: 'report_indicator_values', entityId: 'bestand', after: { created: preview.create.length, updated: preview.update.length, reports: reportIds } });
}

/** Values into open progress reports (insert or update): dry run, then all rows in one transaction or none. */
export const { preview: previewIndicatorValueImport, commit: commitIndicatorValueImport } = defineImport({ kind: 'indicatorwaarden', columns: INDICATOR_VALUE_COLUMNS, required: ['consortium', 'jaar', 'indicator', 'waarde'], lookups }, check, write);
