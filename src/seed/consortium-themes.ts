import type { DisciplineCode, ProvinceCode, SectorCode } from '../domain/code-lists.ts';

// Illustrative consortia (the real names were not published): each serves one or more provinces.
export type ConsortiumTheme = {
  name: string;
  provinces: ProvinceCode[];
  sectors: SectorCode[];
  disciplines: DisciplineCode[];
  levels: ('vmbo' | 'mbo' | 'hbo' | 'wo')[];
};

export const CONSORTIUM_THEMES: ConsortiumTheme[] = [
  { name: 'Energieke Regio Noord', provinces: ['PV20', 'PV22'], sectors: ['energie', 'installatie', 'chemie'], disciplines: ['techniek', 'bouw-infra'], levels: ['vmbo', 'mbo', 'hbo'] },
  { name: 'Digitale Delta Zuid-Holland', provinces: ['PV28'], sectors: ['ict', 'water-maritiem', 'logistiek'], disciplines: ['ict-creatief', 'mobiliteit-logistiek'], levels: ['mbo', 'hbo', 'wo'] },
  { name: 'Brainport Techniektalent', provinces: ['PV30'], sectors: ['htsm', 'maakindustrie', 'ict'], disciplines: ['techniek', 'ict-creatief'], levels: ['vmbo', 'mbo', 'hbo', 'wo'] },
  { name: 'Installatiehub Oost', provinces: ['PV23', 'PV25'], sectors: ['installatie', 'energie', 'bouw'], disciplines: ['bouw-infra', 'techniek'], levels: ['vmbo', 'mbo'] },
  { name: 'Smart Industry Twente', provinces: ['PV23'], sectors: ['maakindustrie', 'htsm', 'ict'], disciplines: ['techniek', 'ict-creatief'], levels: ['mbo', 'hbo', 'wo'] },
  { name: 'Groene Chemie Zuidwest', provinces: ['PV29', 'PV30'], sectors: ['chemie', 'energie', 'water-maritiem'], disciplines: ['techniek', 'mobiliteit-logistiek'], levels: ['mbo', 'hbo'] },
  { name: 'Bouwen aan Energie Utrecht', provinces: ['PV26'], sectors: ['bouw', 'installatie', 'energie'], disciplines: ['bouw-infra', 'economie'], levels: ['vmbo', 'mbo', 'hbo'] },
  { name: 'Digitale Vaardigheden Metropool', provinces: ['PV27'], sectors: ['ict', 'creatief', 'zorg'], disciplines: ['ict-creatief', 'zorg-welzijn', 'economie'], levels: ['mbo', 'hbo'] },
  { name: 'Flevolandse Energietransitie', provinces: ['PV24'], sectors: ['energie', 'agri-food', 'installatie'], disciplines: ['techniek', 'voedsel-groen'], levels: ['vmbo', 'mbo', 'hbo'] },
  { name: 'Circulair Maken Limburg', provinces: ['PV31'], sectors: ['chemie', 'maakindustrie', 'logistiek'], disciplines: ['techniek', 'mobiliteit-logistiek'], levels: ['mbo', 'hbo', 'wo'] },
  { name: 'Maritiem en Offshore Noordzee', provinces: ['PV27', 'PV28'], sectors: ['water-maritiem', 'energie', 'logistiek'], disciplines: ['mobiliteit-logistiek', 'techniek'], levels: ['mbo', 'hbo'] },
  { name: 'Agritech Gelderse Vallei', provinces: ['PV25'], sectors: ['agri-food', 'tuinbouw', 'ict'], disciplines: ['voedsel-groen', 'ict-creatief'], levels: ['vmbo', 'mbo', 'hbo', 'wo'] },
  { name: 'Cyberveilig Beroepsonderwijs', provinces: ['PV28', 'PV26'], sectors: ['ict', 'lsh', 'zorg'], disciplines: ['ict-creatief', 'zorg-welzijn'], levels: ['mbo', 'hbo'] },
  { name: 'Mobiliteit van Morgen Zuid', provinces: ['PV30', 'PV31'], sectors: ['mobiliteit', 'htsm', 'energie'], disciplines: ['mobiliteit-logistiek', 'techniek'], levels: ['mbo', 'hbo'] },
  { name: 'Warmtetransitie Fryslân-Drenthe', provinces: ['PV21', 'PV22'], sectors: ['installatie', 'bouw', 'energie'], disciplines: ['bouw-infra', 'techniek'], levels: ['vmbo', 'mbo'] },
];

export const REJECTED_APPLICANTS = [
  'Zorgtechniek Netwerk Midden',
  'Havenlogistiek Digitaal',
  'Groen Bouwen Achterhoek',
  'Creatieve Technologie Campus',
  'Voedseltransitie Noord-Brabant',
  'Robotica in de Maakregio',
];
