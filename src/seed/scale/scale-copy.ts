import type { DemoData } from '../demo-types.ts';
import type { Random } from '../random.ts';
import { SCALE_YEARS, tenYearBudget, tenYearReports } from './ten-years.ts';

/** Per-copy id offsets: copy k of the demo takes ids k·size+1 … (k+1)·size in each table. */
export type Sizes = { organisations: number; consortia: number; pps: number; applications: number; targets: number; users: number };

export function sizesOf(template: DemoData): Sizes {
  return {
    organisations: template.organisations.length, consortia: template.consortia.length, pps: template.pps.length,
    applications: template.applications.length, targets: template.targets.length, users: template.users.length,
  };
}

export type CopyRows = Omit<DemoData, 'programme' | 'rules' | 'actionLines' | 'criteria' | 'round' | 'indicators'>;

const jitter = (r: Random, v: number | null | undefined, d: number) => (v == null ? v : Math.round((v + r.between(-d, d)) * 10_000) / 10_000);

/**
 * Copy k of the demo's consortia, networks and money, with fresh ids, unique names and identifiers,
 * positions moved a little, and ten years of budget and reports. `consortia` limits a partial last copy.
 */
export function scaleCopy(template: DemoData, k: number, r: Random, consortia = template.consortia.length): CopyRows {
  const n = sizesOf(template);
  const [org, con, pps, app, tgt] = [k * n.organisations, k * n.consortia, k * n.pps, k * n.applications, k * n.targets];
  const tag = k === 0 ? '' : ` ${k + 1}`;
  const slugTag = k === 0 ? '' : `-x${k + 1}`;
  const keep = (consortiumId: number | null | undefined) => consortiumId != null && consortiumId <= consortia;
  const ppsKept = new Set(template.pps.filter((p) => keep(p.consortiumId)).map((p) => p.id));
  const appsKept = new Set(template.applications.filter((a) => a.consortiumId == null ? consortia === template.consortia.length : keep(a.consortiumId)).map((a) => a.id));
  const targetsKept = new Set(template.targets.filter((t) => keep(t.consortiumId)).map((t) => t.id));
  const firstCopy = <T extends { applicationId: number }>(rows: T[]): T[] => (k === 0 ? rows.filter((x) => appsKept.has(x.applicationId)) : []);
  const targets = template.targets.filter((t) => keep(t.consortiumId)).map((t) => ({ ...t, id: t.id + tgt, consortiumId: t.consortiumId + con }));
  const budgetLines = tenYearBudget(template.budgetLines.filter((b) => keep(b.consortiumId))).map((b) => ({ ...b, consortiumId: b.consortiumId + con }));
  const out: CopyRows = {
    organisations: template.organisations.map((o, i) => ({
      ...o, id: o.id + org, name: `${o.name}${tag}`,
      kvkNumber: o.kvkNumber ? String(10_000_000 + k * n.organisations + i) : null, brinCode: k === 0 ? o.brinCode : null, oin: null,
    })),
    consortia: template.consortia.filter((c) => keep(c.id)).map((c) => ({ ...c, id: c.id + con, slug: `${c.slug}${slugTag}`, name: `${c.name}${tag}`, leadOrganisationId: c.leadOrganisationId + org })),
    consortiumProvinces: template.consortiumProvinces.filter((x) => keep(x.consortiumId)).map((x) => ({ ...x, consortiumId: x.consortiumId + con })),
    consortiumSectors: template.consortiumSectors.filter((x) => keep(x.consortiumId)).map((x) => ({ ...x, consortiumId: x.consortiumId + con })),
    consortiumLevels: template.consortiumLevels.filter((x) => keep(x.consortiumId)).map((x) => ({ ...x, consortiumId: x.consortiumId + con })),
    pps: template.pps.filter((p) => ppsKept.has(p.id)).map((p) => ({
      ...p, id: p.id + pps, consortiumId: (p.consortiumId ?? 0) + con, slug: `${p.slug}${slugTag}`, name: `${p.name}${tag}`,
      latitude: k === 0 ? p.latitude : jitter(r, p.latitude, 0.05), longitude: k === 0 ? p.longitude : jitter(r, p.longitude, 0.07),
    })),
    ppsProvinces: template.ppsProvinces.filter((x) => ppsKept.has(x.ppsId)).map((x) => ({ ...x, ppsId: x.ppsId + pps })),
    ppsSectors: template.ppsSectors.filter((x) => ppsKept.has(x.ppsId)).map((x) => ({ ...x, ppsId: x.ppsId + pps })),
    ppsLevels: template.ppsLevels.filter((x) => ppsKept.has(x.ppsId)).map((x) => ({ ...x, ppsId: x.ppsId + pps })),
    ppsDisciplines: template.ppsDisciplines.filter((x) => ppsKept.has(x.ppsId)).map((x) => ({ ...x, ppsId: x.ppsId + pps })),
    memberships: template.memberships.filter((m) => ppsKept.has(m.ppsId)).map((m) => ({ ...m, ppsId: m.ppsId + pps, organisationId: m.organisationId + org })),
    // Accounts only once: the programme office, assessors and the demo coordinators.
    users: k === 0 ? template.users : [],
    userRoles: k === 0 ? template.userRoles.filter((u) => u.consortiumId == null || keep(u.consortiumId)) : [],
    applications: template.applications.filter((a) => appsKept.has(a.id)).map((a) => ({
      ...a, id: a.id + app, reference: `${a.reference}${slugTag}`, title: `${a.title}${tag}`, leadOrganisationId: a.leadOrganisationId + org,
      consortiumId: a.consortiumId == null ? null : a.consortiumId + con,
    })),
    cofinancing: template.cofinancing.filter((x) => appsKept.has(x.applicationId)).map((x) => ({ ...x, applicationId: x.applicationId + app })),
    assessments: template.assessments.filter((x) => appsKept.has(x.applicationId)).map((x) => ({ ...x, applicationId: x.applicationId + app })),
    decisions: template.decisions.filter((x) => appsKept.has(x.applicationId)).map((x) => ({ ...x, applicationId: x.applicationId + app })),
    budgetLines, targets,
    milestones: template.milestones.filter((m) => targetsKept.has(m.targetId)).map((m) => ({ ...m, targetId: m.targetId + tgt })),
    reports: [], reportValues: [], realisations: [], narratives: [],
    knowledgeItems: k === 0 ? template.knowledgeItems : [],
    knowledgeActionLines: k === 0 ? template.knowledgeActionLines : [],
    knowledgeSectors: k === 0 ? template.knowledgeSectors : [],
    knowledgeProvinces: k === 0 ? template.knowledgeProvinces : [],
    knowledgeConsortia: k === 0 ? template.knowledgeConsortia.filter((x) => keep(x.consortiumId)) : [],
    // The selection's detail and the programme's story once, with the first copy: the figures scale with the consortia.
    knowledgePps: k === 0 ? template.knowledgePps.filter((x) => ppsKept.has(x.ppsId)) : [],
    programmeFacts: k === 0 ? template.programmeFacts : [],
    roundRules: k === 0 ? template.roundRules : [],
    applicantEditors: k === 0 ? template.applicantEditors : [],
    applicationPartners: firstCopy(template.applicationPartners), applicationPps: firstCopy(template.applicationPps),
    applicationProvinces: firstCopy(template.applicationProvinces), applicationSectors: firstCopy(template.applicationSectors),
    applicationPlans: firstCopy(template.applicationPlans), applicationRuleVersions: firstCopy(template.applicationRuleVersions),
    applicationBudgetLines: firstCopy(template.applicationBudgetLines), assignments: firstCopy(template.assignments),
  };
  const actionLineIds = [...new Set(template.budgetLines.map((b) => b.actionLineId))];
  out.consortia.forEach((c, i) => {
    const firstReportId = (c.id - 1) * SCALE_YEARS.length + 1;
    const own = (x: { consortiumId: number }) => x.consortiumId === c.id;
    tenYearReports(r, { consortiumId: c.id, index: i, firstReportId, actionLineIds }, targets.filter(own), budgetLines.filter(own), out);
  });
  return out;
}
