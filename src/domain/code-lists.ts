// Public code lists: CBS province codes, sectors (Dutch top sectors plus the scheme's focus sectors),
// opleidingsdomeinen (disciplines) and education levels.
export const PROVINCES = [
  { code: 'PV20', name: 'Groningen' },
  { code: 'PV21', name: 'Fryslân' },
  { code: 'PV22', name: 'Drenthe' },
  { code: 'PV23', name: 'Overijssel' },
  { code: 'PV24', name: 'Flevoland' },
  { code: 'PV25', name: 'Gelderland' },
  { code: 'PV26', name: 'Utrecht' },
  { code: 'PV27', name: 'Noord-Holland' },
  { code: 'PV28', name: 'Zuid-Holland' },
  { code: 'PV29', name: 'Zeeland' },
  { code: 'PV30', name: 'Noord-Brabant' },
  { code: 'PV31', name: 'Limburg' },
] as const;
export type ProvinceCode = (typeof PROVINCES)[number]['code'];

export const SECTORS = [
  { code: 'energie', nameNl: 'Energie', nameEn: 'Energy', isTopSector: true },
  { code: 'htsm', nameNl: 'High Tech Systemen en Materialen', nameEn: 'High tech systems and materials', isTopSector: true },
  { code: 'chemie', nameNl: 'Chemie', nameEn: 'Chemistry', isTopSector: true },
  { code: 'agri-food', nameNl: 'Agri & Food', nameEn: 'Agri & food', isTopSector: true },
  { code: 'tuinbouw', nameNl: 'Tuinbouw en uitgangsmaterialen', nameEn: 'Horticulture and propagation materials', isTopSector: true },
  { code: 'logistiek', nameNl: 'Logistiek', nameEn: 'Logistics', isTopSector: true },
  { code: 'water-maritiem', nameNl: 'Water en maritiem', nameEn: 'Water and maritime', isTopSector: true },
  { code: 'lsh', nameNl: 'Life Sciences & Health', nameEn: 'Life sciences & health', isTopSector: true },
  { code: 'creatief', nameNl: 'Creatieve industrie', nameEn: 'Creative industries', isTopSector: true },
  { code: 'ict', nameNl: 'ICT', nameEn: 'ICT', isTopSector: false },
  { code: 'installatie', nameNl: 'Installatietechniek', nameEn: 'Building services', isTopSector: false },
  { code: 'bouw', nameNl: 'Bouw en infra', nameEn: 'Construction and infrastructure', isTopSector: false },
  { code: 'maakindustrie', nameNl: 'Maakindustrie', nameEn: 'Manufacturing', isTopSector: false },
  { code: 'mobiliteit', nameNl: 'Mobiliteit', nameEn: 'Mobility', isTopSector: false },
  { code: 'zorg', nameNl: 'Zorg en welzijn', nameEn: 'Care and welfare', isTopSector: false },
] as const;
export type SectorCode = (typeof SECTORS)[number]['code'];

export const DISCIPLINES = [
  { code: 'techniek', nameNl: 'Techniek en procesindustrie', nameEn: 'Engineering and process industry' },
  { code: 'ict-creatief', nameNl: 'ICT en creatieve industrie', nameEn: 'ICT and creative industries' },
  { code: 'bouw-infra', nameNl: 'Bouw, infra en installatie', nameEn: 'Construction, infrastructure and building services' },
  { code: 'mobiliteit-logistiek', nameNl: 'Mobiliteit, transport, logistiek en maritiem', nameEn: 'Mobility, transport, logistics and maritime' },
  { code: 'voedsel-groen', nameNl: 'Voedsel, groen en gastvrijheid', nameEn: 'Food, green and hospitality' },
  { code: 'zorg-welzijn', nameNl: 'Zorg, welzijn en sport', nameEn: 'Care, welfare and sport' },
  { code: 'economie', nameNl: 'Handel, economie en ondernemerschap', nameEn: 'Trade, economics and entrepreneurship' },
] as const;
export type DisciplineCode = (typeof DISCIPLINES)[number]['code'];
