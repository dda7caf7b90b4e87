import type * as s from '../db/schema/index.ts';

// Rows of the demo programme, with explicit ids so the generator can wire foreign keys itself.
type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export type DemoData = {
  programme: Insert<typeof s.programmes> & { id: number };
  rules: Insert<typeof s.programmeRules>[];
  actionLines: (Insert<typeof s.actionLines> & { id: number })[];
  criteria: (Insert<typeof s.selectionCriteria> & { id: number })[];
  round: Insert<typeof s.rounds> & { id: number };
  indicators: (Insert<typeof s.indicators> & { id: number })[];
  organisations: (Insert<typeof s.organisations> & { id: number })[];
  consortia: (Insert<typeof s.consortia> & { id: number })[];
  consortiumProvinces: Insert<typeof s.consortiumProvinces>[];
  consortiumSectors: Insert<typeof s.consortiumSectors>[];
  consortiumLevels: Insert<typeof s.consortiumLevels>[];
  pps: (Insert<typeof s.pps> & { id: number })[];
  ppsProvinces: Insert<typeof s.ppsProvinces>[];
  ppsSectors: Insert<typeof s.ppsSectors>[];
  ppsLevels: Insert<typeof s.ppsLevels>[];
  ppsDisciplines: Insert<typeof s.ppsDisciplines>[];
  memberships: Insert<typeof s.memberships>[];
  users: (Insert<typeof s.users> & { id: number })[];
  userRoles: Insert<typeof s.userRoles>[];
  applications: (Insert<typeof s.applications> & { id: number })[];
  cofinancing: Insert<typeof s.applicationCofinancing>[];
  assessments: Insert<typeof s.assessments>[];
  decisions: Insert<typeof s.decisions>[];
  budgetLines: Insert<typeof s.budgetLines>[];
  targets: (Insert<typeof s.targets> & { id: number })[];
  milestones: Insert<typeof s.targetMilestones>[];
  reports: (Insert<typeof s.progressReports> & { id: number })[];
  reportValues: Insert<typeof s.reportIndicatorValues>[];
  realisations: Insert<typeof s.budgetRealisations>[];
  narratives: Insert<typeof s.reportNarratives>[];
  knowledgeItems: (Insert<typeof s.knowledgeItems> & { id: number })[];
  knowledgeActionLines: Insert<typeof s.knowledgeItemActionLines>[];
  knowledgeSectors: Insert<typeof s.knowledgeItemSectors>[];
  knowledgeProvinces: Insert<typeof s.knowledgeItemProvinces>[];
  knowledgeConsortia: Insert<typeof s.knowledgeItemConsortia>[];
  knowledgePps: Insert<typeof s.knowledgeItemPps>[];
  programmeFacts: (Insert<typeof s.programmeFacts> & { id: number })[];
};
