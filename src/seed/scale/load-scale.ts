import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { CopyInto, Database } from '../../db/client.ts';
import * as s from '../../db/schema/index.ts';
import { DISCIPLINES, PROVINCES, SECTORS } from '../../domain/code-lists.ts';
import { hashPassword } from '../../services/auth/password-hash.ts';
import { generateDemo } from '../generate-demo.ts';
import { hasProgramme } from '../load-demo.ts';
import { MUNICIPALITIES } from '../municipalities.ts';
import { createRandom } from '../random.ts';
import { copyText } from './copy-text.ts';
import { scaleAuditRows } from './scale-audit.ts';
import { scaleCopy, type CopyRows } from './scale-copy.ts';

export type ScaleOptions = { factor: number; seed: number; demoPassword: string; onProgress?: (done: number, total: number) => void };
export type ScaleSummary = Record<string, number>;

// Parents before children, so every COPY finds the rows its foreign keys point at.
const ORDER: [keyof CopyRows, PgTable][] = [
  ['organisations', s.organisations], ['consortia', s.consortia], ['consortiumProvinces', s.consortiumProvinces],
  ['consortiumSectors', s.consortiumSectors], ['consortiumLevels', s.consortiumLevels], ['pps', s.pps], ['ppsProvinces', s.ppsProvinces],
  ['ppsSectors', s.ppsSectors], ['ppsLevels', s.ppsLevels], ['ppsDisciplines', s.ppsDisciplines], ['memberships', s.memberships],
  ['users', s.users], ['userRoles', s.userRoles], ['applications', s.applications], ['cofinancing', s.applicationCofinancing],
  ['assessments', s.assessments], ['decisions', s.decisions], ['budgetLines', s.budgetLines], ['targets', s.targets],
  ['milestones', s.targetMilestones], ['reports', s.progressReports], ['reportValues', s.reportIndicatorValues],
  ['realisations', s.budgetRealisations], ['narratives', s.reportNarratives], ['knowledgeItems', s.knowledgeItems],
  ['knowledgeActionLines', s.knowledgeItemActionLines], ['knowledgeSectors', s.knowledgeItemSectors],
  ['knowledgeProvinces', s.knowledgeItemProvinces], ['knowledgeConsortia', s.knowledgeItemConsortia],
];
const SERIAL_TABLES = ['programmes', 'action_lines', 'selection_criteria', 'rounds', 'indicators', 'organisations', 'consortia', 'pps',
  'users', 'applications', 'targets', 'progress_reports', 'knowledge_items'];

async function copyTable(copy: CopyInto, table: PgTable, rows: object[], summary: ScaleSummary): Promise<void> {
  if (rows.length === 0) return;
  const { table: name, columns, text } = copyText(table, rows);
  await copy(name, columns, text);
  summary[name] = (summary[name] ?? 0) + rows.length;
}

/**
 * Fills an empty database with the demo programme repeated to `factor` (×1 the demo's 15 consortia, ×100
 * 1.500), ten years of budget and reports and an audit trail, by COPY in one transaction. Deterministic for the seed.
 */
export async function loadScale(database: Database, options: ScaleOptions): Promise<ScaleSummary> {
  if (await hasProgramme(database.db)) throw new Error('The database holds a programme already: scale fills only an empty database');
  const template = generateDemo(options.seed);
  const passwordHash = await hashPassword(options.demoPassword);
  template.users = template.users.map((u) => ({ ...u, passwordHash }));
  const consortia = Math.max(1, Math.round(template.consortia.length * options.factor));
  const copies = Math.ceil(consortia / template.consortia.length);
  const summary: ScaleSummary = {};
  await database.bulkLoad(async (copy) => {
    const base: [PgTable, object[]][] = [
      [s.provinces, PROVINCES.map((p, i) => ({ ...p, position: i + 1 }))],
      [s.municipalities, MUNICIPALITIES.map((m) => ({ code: m.code, name: m.name, provinceCode: m.province, latitude: m.lat, longitude: m.lon }))],
      [s.sectors, SECTORS.map((x, i) => ({ ...x, position: i + 1 }))], [s.disciplines, DISCIPLINES.map((x, i) => ({ ...x, position: i + 1 }))],
      [s.programmes, [template.programme]], [s.programmeRules, template.rules], [s.actionLines, template.actionLines],
      [s.selectionCriteria, template.criteria], [s.rounds, [template.round]], [s.indicators, template.indicators],
    ];
    for (const [table, rows] of base) await copyTable(copy, table, rows, summary);
    for (let k = 0; k < copies; k++) {
      const rows = scaleCopy(template, k, createRandom(options.seed + 7919 * (k + 1)), Math.min(template.consortia.length, consortia - k * template.consortia.length));
      for (const [key, table] of ORDER) await copyTable(copy, table, rows[key] as object[], summary);
      await copyTable(copy, s.auditLog, scaleAuditRows(rows), summary);
      options.onProgress?.(k + 1, copies);
    }
  });
  for (const table of SERIAL_TABLES) {
    await database.db.execute(sql.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`));
  }
  // VACUUM sets the visibility map, so index-only scans over the fresh rows need no heap visits.
  await database.db.execute(sql`vacuum analyze`);
  return summary;
}
