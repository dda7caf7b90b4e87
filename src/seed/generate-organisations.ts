import { PROVINCES, type ProvinceCode } from '../domain/code-lists.ts';
import type { DemoData } from './demo-types.ts';
import { MUNICIPALITIES, type MunicipalitySeed } from './municipalities.ts';
import { companyName } from './names.ts';
import type { Random } from './random.ts';

type Org = DemoData['organisations'][number];
export type OrganisationPool = {
  all: Org[];
  byProvince: (province: ProvinceCode, kind: string, level?: string) => Org[];
  newCompany: (municipality: MunicipalitySeed) => Org;
};

const UNIVERSITY_PROVINCES: ProvinceCode[] = ['PV20', 'PV23', 'PV25', 'PV26', 'PV27', 'PV28', 'PV30', 'PV31'];
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXZ';

/** Schools, governments, knowledge and sector organisations per province; companies are made on demand. */
export function createOrganisationPool(r: Random): OrganisationPool {
  const all: Org[] = [];
  const kvk = new Set<string>();
  const brin = new Set<string>();
  const uniqueKvk = () => {
    for (;;) {
      const v = String(r.int(10_000_000, 99_999_999));
      if (!kvk.has(v)) return kvk.add(v), v;
    }
  };
  const uniqueBrin = () => {
    for (;;) {
      const v = `${String(r.int(0, 99)).padStart(2, '0')}${r.pick([...LETTERS])}${r.pick([...LETTERS])}`;
      if (!brin.has(v)) return brin.add(v), v;
    }
  };
  const add = (o: Omit<Org, 'id' | 'isIllustrative'>): Org => {
    const org = { ...o, id: all.length + 1, isIllustrative: true } as Org;
    all.push(org);
    return org;
  };
  const place = (m: MunicipalitySeed) => ({ municipalityCode: m.code, provinceCode: m.province });

  for (const province of PROVINCES) {
    const towns = MUNICIPALITIES.filter((m) => m.province === province.code);
    const town = (i: number) => towns[i % towns.length] as MunicipalitySeed;
    for (let i = 0; i < 6; i++) add({ name: `${town(i).name} Vakcollege ${i < towns.length ? '' : 'Oost'}`.replace(/\s+/g, ' ').trim(), kind: 'onderwijsinstelling', educationLevel: 'vmbo', brinCode: uniqueBrin(), ...place(town(i)) });
    for (let i = 0; i < 3; i++) add({ name: i === 0 ? `ROC ${province.name}` : `${town(i).name} College (mbo)`, kind: 'onderwijsinstelling', educationLevel: 'mbo', brinCode: uniqueBrin(), kvkNumber: uniqueKvk(), ...place(town(i)) });
    for (let i = 0; i < 2; i++) add({ name: i === 0 ? `Hogeschool ${province.name}` : `Hogeschool ${town(1).name}`, kind: 'onderwijsinstelling', educationLevel: 'hbo', brinCode: uniqueBrin(), kvkNumber: uniqueKvk(), ...place(town(i)) });
    if (UNIVERSITY_PROVINCES.includes(province.code)) add({ name: `Universiteit ${town(0).name}`, kind: 'onderwijsinstelling', educationLevel: 'wo', brinCode: uniqueBrin(), ...place(town(0)) });
    for (const m of towns) add({ name: `Gemeente ${m.name}`, kind: 'overheid', governmentLevel: 'gemeente', ...place(m) });
    add({ name: `Provincie ${province.name}`, kind: 'overheid', governmentLevel: 'provincie', ...place(town(0)) });
    for (let i = 0; i < 2; i++) add({ name: `Kenniscentrum ${i === 0 ? 'Techniek' : 'Digitalisering'} ${province.name}`, kind: 'kennisinstelling', kvkNumber: uniqueKvk(), ...place(town(i)) });
    for (let i = 0; i < 2; i++) add({ name: `Ondernemersvereniging ${town(i + 1).name}`, kind: 'branche', kvkNumber: uniqueKvk(), ...place(town(i + 1)) });
    for (let i = 0; i < 3; i++) add({ name: `Stichting ${['Techniekpromotie', 'Werkgelegenheid', 'Talentpact'][i]} ${town(i).name}`, kind: 'overig', kvkNumber: uniqueKvk(), ...place(town(i)) });
  }
  for (const name of ['Ministerie van Onderwijs (voorbeeld)', 'Ministerie van Economische Zaken (voorbeeld)', 'Uitvoeringsorganisatie Subsidies (voorbeeld)']) {
    add({ name, kind: 'overheid', governmentLevel: 'rijk', provinceCode: null, municipalityCode: null });
  }
  for (const name of ['Branchevereniging Installatie en Energie', 'Branchevereniging Metaal en Techniek', 'Platform Digitale Vakmensen', 'Sectorraad Procesindustrie']) {
    add({ name, kind: 'branche', kvkNumber: uniqueKvk(), provinceCode: null, municipalityCode: null });
  }

  const index = new Map<string, Org[]>();
  const names = new Set<string>();
  const keyOf = (p: string, kind: string, level?: string | null) => `${p}|${kind}|${level ?? ''}`;
  const push = (k: string, o: Org) => {
    const list = index.get(k);
    if (list) list.push(o);
    else index.set(k, [o]);
  };
  for (const o of all) {
    for (const k of new Set([keyOf(o.provinceCode ?? '', o.kind, null), keyOf(o.provinceCode ?? '', o.kind, o.educationLevel)])) {
      push(k, o);
    }
  }
  const newCompany = (m: MunicipalitySeed): Org => {
    let name = companyName(r, m.name);
    while (names.has(name)) name = companyName(r, m.name);
    names.add(name);
    const org = add({ name, kind: 'bedrijf', companySize: r.chance(0.82) ? 'mkb' : 'groot', kvkNumber: uniqueKvk(), ...place(m) });
    push(keyOf(m.province, 'bedrijf'), org);
    return org;
  };
  return { all, byProvince: (p, kind, level) => index.get(keyOf(p, kind, level)) ?? [], newCompany };
}
