import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../db/client.ts';
import * as s from '../db/schema/index.ts';
import { DISCIPLINES, PROVINCES, SECTORS } from '../domain/code-lists.ts';
import { DEFAULT_DEMO_PASSWORD } from '../config.ts';
import { hashPassword } from '../services/auth/password-hash.ts';
import type { DemoData } from './demo-types.ts';
import { MUNICIPALITIES } from './municipalities.ts';

// Parameters per statement stay well below PostgreSQL's 65535 limit.
const CHUNK = 500;

async function insertAll(tx: Tx, table: PgTable, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.insert(table).values(rows.slice(i, i + CHUNK) as never);
  }
}

const SERIAL_TABLES = ['programmes', 'programme_rules', 'action_lines', 'selection_criteria', 'rounds', 'indicators',
  'organisations', 'consortia', 'pps', 'memberships', 'users', 'user_roles', 'applications', 'assessments', 'decisions',
  'budget_lines', 'targets', 'progress_reports', 'report_indicator_values', 'knowledge_items'];

/** Code lists are shared by every programme; inserted once, idempotently. */
export async function loadCodeLists(tx: Tx): Promise<void> {
  await tx.insert(s.provinces).values(PROVINCES.map((p, i) => ({ ...p, position: i + 1 }))).onConflictDoNothing();
  await tx.insert(s.municipalities)
    .values(MUNICIPALITIES.map((m) => ({ code: m.code, name: m.name, provinceCode: m.province, latitude: m.lat, longitude: m.lon })))
    .onConflictDoNothing();
  await tx.insert(s.sectors).values(SECTORS.map((x, i) => ({ ...x, position: i + 1 }))).onConflictDoNothing();
  await tx.insert(s.disciplines).values(DISCIPLINES.map((x, i) => ({ ...x, position: i + 1 }))).onConflictDoNothing();
}

/** Loads the demo programme in one transaction: all of it or nothing. Demo accounts share one password (hashed once). */
export async function loadDemo(db: Db, data: DemoData, options: { demoPassword?: string } = {}): Promise<void> {
  const passwordHash = await hashPassword(options.demoPassword ?? DEFAULT_DEMO_PASSWORD);
  const users = data.users.map((u) => ({ ...u, passwordHash }));
  await db.transaction(async (tx) => {
    await loadCodeLists(tx);
    const steps: [PgTable, object[]][] = [
      [s.programmes, [data.programme]], [s.programmeRules, data.rules], [s.actionLines, data.actionLines],
      [s.selectionCriteria, data.criteria], [s.rounds, [data.round]], [s.indicators, data.indicators],
      [s.organisations, data.organisations], [s.consortia, data.consortia], [s.consortiumProvinces, data.consortiumProvinces],
      [s.consortiumSectors, data.consortiumSectors], [s.consortiumLevels, data.consortiumLevels], [s.pps, data.pps],
      [s.ppsProvinces, data.ppsProvinces], [s.ppsSectors, data.ppsSectors], [s.ppsLevels, data.ppsLevels],
      [s.ppsDisciplines, data.ppsDisciplines], [s.memberships, data.memberships], [s.users, users],
      [s.userRoles, data.userRoles], [s.applications, data.applications], [s.applicationCofinancing, data.cofinancing],
      [s.assessments, data.assessments], [s.decisions, data.decisions], [s.budgetLines, data.budgetLines],
      [s.targets, data.targets], [s.targetMilestones, data.milestones], [s.progressReports, data.reports],
      [s.reportIndicatorValues, data.reportValues], [s.budgetRealisations, data.realisations], [s.reportNarratives, data.narratives],
      [s.knowledgeItems, data.knowledgeItems], [s.knowledgeItemActionLines, data.knowledgeActionLines],
      [s.knowledgeItemSectors, data.knowledgeSectors], [s.knowledgeItemProvinces, data.knowledgeProvinces],
      [s.knowledgeItemConsortia, data.knowledgeConsortia],
    ];
    for (const [table, rows] of steps) await insertAll(tx, table, rows);
    // The demo's planned budgets are the ones approved at award: the baseline that change requests are measured against.
    await tx.execute(sql`insert into budget_baseline_lines (consortium_id, action_line_id, year, source, amount)
      select consortium_id, action_line_id, year, source, planned_amount from budget_lines`);
    // Explicit ids were inserted: move each sequence past them so later inserts get fresh ids.
    for (const table of SERIAL_TABLES) {
      await tx.execute(sql.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`));
    }
    await tx.insert(s.auditLog).values({ action: 'seed', entity: 'programmes', entityId: String(data.programme.id), after: { demo: true } });
  });
}

/** True when a programme exists already (first start loads the demo, later starts keep the data). */
export async function hasProgramme(db: Db): Promise<boolean> {
  const rows = await db.select({ id: s.programmes.id }).from(s.programmes).limit(1);
  return rows.length > 0;
}
