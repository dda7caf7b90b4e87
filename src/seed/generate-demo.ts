import type { DemoData } from './demo-types.ts';
import { CONSORTIUM_THEMES, REJECTED_APPLICANTS } from './consortium-themes.ts';
import { generateAssessments, generateAwards, generateRejectedRequests } from './generate-applications.ts';
import { generateKnowledge } from './generate-knowledge.ts';
import { generateNetwork } from './generate-network.ts';
import { createOrganisationPool } from './generate-organisations.ts';
import { generateBudget, generateReports, generateTargets } from './generate-progress.ts';
import { slugify } from './names.ts';
import { ACTION_LINES, INDICATORS, PROGRAMME, ROUND, RULES, SELECTION_CRITERIA } from './programme-definition.ts';
import { createRandom } from './random.ts';

export const DEMO_SEED = 20230706;

/** The whole demo programme as rows: pure and deterministic for a given seed. */
export function generateDemo(seed = DEMO_SEED): DemoData {
  const r = createRandom(seed);
  const programmeId = 1;
  const actionLines = ACTION_LINES.map((l, i) => ({ id: i + 1, programmeId, code: l.code, position: i + 1, nameNl: l.nameNl, nameEn: l.nameEn, descriptionNl: l.descriptionNl }));
  const criteria = SELECTION_CRITERIA.map((c, i) => ({ id: i + 1, programmeId, code: c.code, position: i + 1, nameNl: c.nameNl, nameEn: c.nameEn, weight: 1 }));
  const indicators = INDICATORS.map((d, i) => ({
    id: i + 1, programmeId, code: d.code, position: i + 1, nameNl: d.nameNl, nameEn: d.nameEn, unit: d.unit,
    kind: 'aantal' as const, isCumulative: d.isCumulative, isReach: d.isReach, disaggregations: d.disaggregations.map((x) => ({ ...x, categories: [...x.categories] })),
  }));
  const data: DemoData = {
    programme: { id: programmeId, ...PROGRAMME },
    rules: RULES.map((x) => ({ programmeId, code: x.code, version: 1, value: x.value, descriptionNl: x.descriptionNl, descriptionEn: x.descriptionEn, validFrom: '2023-03-13', source: x.source, isIllustrative: x.isIllustrative })),
    actionLines, criteria, indicators,
    round: { id: 1, programmeId, name: ROUND.name, opensOn: ROUND.opensOn, closesOn: ROUND.closesOn, budget: ROUND.budget, status: 'afgerond' },
    organisations: [], consortia: [], consortiumProvinces: [], consortiumSectors: [], consortiumLevels: [],
    pps: [], ppsProvinces: [], ppsSectors: [], ppsLevels: [], ppsDisciplines: [], memberships: [],
    users: [], userRoles: [], applications: [], cofinancing: [], assessments: [], decisions: [],
    budgetLines: [], targets: [], milestones: [], reports: [], reportValues: [], realisations: [], narratives: [],
    knowledgeItems: [], knowledgeActionLines: [], knowledgeSectors: [], knowledgeProvinces: [], knowledgeConsortia: [],
  };
  const pool = createOrganisationPool(r);

  data.users.push({ id: 1, email: 'programmabureau@voorbeeld.nl', name: 'Programmabureau (voorbeeld)' });
  data.userRoles.push({ userId: 1, role: 'programmabureau', consortiumId: null });
  const assessorIds = [2, 3, 4];
  for (const id of assessorIds) {
    data.users.push({ id, email: `beoordelaar${id - 1}@voorbeeld.nl`, name: `Beoordelaar ${id - 1} (voorbeeld)` });
    data.userRoles.push({ userId: id, role: 'beoordelaar', consortiumId: null });
  }

  const awards = r.sample(generateAwards(r, CONSORTIUM_THEMES.length), CONSORTIUM_THEMES.length);
  const actionLineIds = actionLines.map((l) => l.id);
  CONSORTIUM_THEMES.forEach((theme, i) => {
    const id = i + 1;
    const award = awards[i]!;
    const slug = slugify(theme.name);
    const lead = pool.byProvince(theme.provinces[0]!, 'onderwijsinstelling', 'mbo')[0]!;
    data.consortia.push({ id, programmeId, slug, name: theme.name, leadOrganisationId: lead.id, isIllustrative: true,
      description: `Voorbeelddata: consortium van pps'en rond ${theme.sectors.join(', ')} in ${theme.provinces.length} provincie(s).` });
    for (const provinceCode of theme.provinces) data.consortiumProvinces.push({ consortiumId: id, provinceCode });
    for (const sectorCode of theme.sectors) data.consortiumSectors.push({ consortiumId: id, sectorCode });
    for (const level of theme.levels) data.consortiumLevels.push({ consortiumId: id, level });
    generateNetwork(r, pool, { id, theme, ppsCount: Math.max(8, Math.round((award.awarded / 1_000_000) * 2.4) + r.int(-2, 2)) }, data);

    const appId = i + 1;
    data.applications.push({ id: appId, roundId: 1, reference: `NGF-PPS-2023-${String(appId).padStart(3, '0')}`, title: theme.name,
      leadOrganisationId: lead.id, consortiumId: id, requestedAmount: award.requested, totalCosts: award.totalCosts,
      status: 'toegekend', submittedAt: new Date(`2023-04-${String(3 + i).padStart(2, '0')}T12:00:00Z`) });
    for (const [source, amount] of Object.entries(award.cofinancing)) data.cofinancing.push({ applicationId: appId, source: source as never, amount });
    data.decisions.push({ applicationId: appId, outcome: 'toegekend', awardedAmount: award.awarded, decidedOn: ROUND.decidedOn });
    generateBudget(r, id, award, actionLineIds, data.budgetLines);

    const userId = 5 + i;
    data.users.push({ id: userId, email: `coordinator-${slug}@voorbeeld.nl`, name: `Coördinator ${theme.name} (voorbeeld)` });
    data.userRoles.push({ userId, role: 'coordinator', consortiumId: id });
  });

  const honouredRequested = awards.reduce((s, a) => s + a.requested, 0);
  const rejected = generateRejectedRequests(r, honouredRequested, REJECTED_APPLICANTS.length);
  REJECTED_APPLICANTS.forEach((title, i) => {
    const id = data.applications.length + 1;
    const requested = rejected[i]!;
    const lead = r.pick(pool.all.filter((o) => o.kind === 'onderwijsinstelling' && o.educationLevel !== 'vmbo'));
    const eligible = i < REJECTED_APPLICANTS.length - 1;
    data.applications.push({ id, roundId: 1, reference: `NGF-PPS-2023-${String(id).padStart(3, '0')}`, title, leadOrganisationId: lead.id,
      consortiumId: null, requestedAmount: requested, totalCosts: Math.round(requested / r.between(0.38, 0.48) / 1000) * 1000,
      status: eligible ? 'afgewezen' : 'niet_ontvankelijk', submittedAt: new Date(`2023-04-${String(10 + i).padStart(2, '0')}T12:00:00Z`) });
    if (eligible) data.decisions.push({ applicationId: id, outcome: 'afgewezen', awardedAmount: 0, decidedOn: ROUND.decidedOn, note: 'Voorbeelddata: lager gescoord op de selectiecriteria.' });
  });
  data.assessments = generateAssessments(r, data.applications, assessorIds, criteria.map((c) => c.id));

  const weights = awards.map((a, i) => ({ id: i + 1, weight: a.awarded }));
  generateTargets(r, weights, new Map(indicators.map((x) => [x.code, x.id])), data);
  const indicatorById = new Map(INDICATORS.map((d, i) => [i + 1, d]));
  data.consortia.forEach((c, i) => {
    generateReports(r, { consortiumIndex: i, consortiumId: c.id, officeUserId: 1, coordinatorUserId: 5 + i, actionLineIds },
      data.targets, indicatorById, data.budgetLines, data);
  });
  generateKnowledge(r, data);
  data.organisations = pool.all;
  return data;
}
