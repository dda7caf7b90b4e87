import type { ProvinceCode } from '../domain/code-lists.ts';
import type { ConsortiumTheme } from './consortium-themes.ts';
import type { DemoData } from './demo-types.ts';
import type { OrganisationPool } from './generate-organisations.ts';
import { MUNICIPALITIES } from './municipalities.ts';
import { PPS_THEMES, ppsName, slugify } from './names.ts';
import type { Random } from './random.ts';

type Network = Pick<DemoData, 'pps' | 'ppsProvinces' | 'ppsSectors' | 'ppsLevels' | 'ppsDisciplines' | 'memberships'>;

/** The pps'en of one consortium with their partners: schools lead, companies are many and partly shared. */
export function generateNetwork(
  r: Random,
  pool: OrganisationPool,
  consortium: { id: number; theme: ConsortiumTheme; ppsCount: number },
  out: Network,
): void {
  const { theme } = consortium;
  const slugs = new Set(out.pps.map((p) => p.slug));
  for (let n = 0; n < consortium.ppsCount; n++) {
    const province = r.pick(theme.provinces) as ProvinceCode;
    const town = r.pick(MUNICIPALITIES.filter((m) => m.province === province));
    const id = out.pps.length + 1;
    let name = ppsName(r, r.pick(PPS_THEMES), town.name);
    while (slugs.has(slugify(name))) name = `${name} ${r.int(2, 9)}`;
    slugs.add(slugify(name));
    const foundedYear = r.int(2012, 2022);
    out.pps.push({
      id, consortiumId: consortium.id, slug: slugify(name), name, foundedYear,
      status: foundedYear <= 2017 ? 'verduurzaamd' : 'actief',
      municipalityCode: town.code,
      latitude: Math.round((town.lat + r.between(-0.03, 0.03)) * 10_000) / 10_000,
      longitude: Math.round((town.lon + r.between(-0.04, 0.04)) * 10_000) / 10_000,
      description: `Voorbeelddata: samenwerking van onderwijs en bedrijfsleven in ${town.name}.`,
      isIllustrative: true,
    });
    out.ppsProvinces.push({ ppsId: id, provinceCode: province });
    for (const sectorCode of r.sample(theme.sectors, r.int(1, theme.sectors.length))) out.ppsSectors.push({ ppsId: id, sectorCode });
    const levels = new Set<(typeof theme.levels)[number]>(['mbo']);
    for (const l of theme.levels) if (r.chance(0.5)) levels.add(l);
    for (const level of levels) out.ppsLevels.push({ ppsId: id, level });
    for (const disciplineCode of r.sample(theme.disciplines, r.int(1, theme.disciplines.length))) out.ppsDisciplines.push({ ppsId: id, disciplineCode });

    const since = `${foundedYear}-09-01`;
    const members = new Map<number, 'penvoerder' | 'partner'>();
    const lead = r.pick(pool.byProvince(province, 'onderwijsinstelling', 'mbo'));
    members.set(lead.id, 'penvoerder');
    for (const level of levels) {
      const schools = pool.byProvince(province, 'onderwijsinstelling', level);
      if (!schools.length || !r.chance(0.8)) continue;
      const school = r.pick(schools);
      if (!members.has(school.id)) members.set(school.id, 'partner');
    }
    const companyCount = r.int(8, 40);
    for (let c = 0; c < companyCount; c++) {
      const known = pool.byProvince(province, 'bedrijf');
      const company = known.length > 20 && r.chance(0.3) ? r.pick(known) : pool.newCompany(r.pick(MUNICIPALITIES.filter((m) => m.province === province)));
      if (!members.has(company.id)) members.set(company.id, 'partner');
    }
    const extras: [string, number, number][] = [['overheid', 0, 2], ['kennisinstelling', 0, 1], ['branche', 0, 2], ['overig', 0, 1]];
    for (const [kind, min, max] of extras) {
      for (const o of r.sample(pool.byProvince(province, kind), r.int(min, max))) if (!members.has(o.id)) members.set(o.id, 'partner');
    }
    for (const [organisationId, role] of members) {
      const joined = role === 'penvoerder' ? since : `${r.int(foundedYear, 2024)}-${r.pick(['01', '09'])}-01`;
      out.memberships.push({ ppsId: id, organisationId, role, since: joined, until: null });
    }
  }
}
