import type { Random } from './random.ts';

// Word lists for illustrative organisation names; combinations are invented, never real companies.
const SURNAMES = ['De Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'De Groot', 'Bos',
  'Vos', 'Peters', 'Hendriks', 'Van Leeuwen', 'Dekker', 'Brouwer', 'De Wit', 'Dijkstra', 'Smits', 'De Graaf',
  'Van der Meer', 'Van der Linden', 'Kok', 'Jacobs', 'De Haan', 'Vermeulen', 'Van den Heuvel', 'Van der Veen',
  'Van den Berg', 'Van Dijk', 'Schouten', 'Hoekstra', 'Koster', 'Prins', 'Huisman', 'Kuipers', 'Postma', 'Willems'];
const PREFIXES = ['Noord', 'Zuid', 'Oost', 'West', 'Delta', 'Polder', 'Kust', 'Rivier', 'Heide', 'Veen', 'Dijk',
  'Haven', 'Vallei', 'Kempen', 'Lande', 'Eems', 'Maas', 'Rijn', 'IJssel', 'Waal'];
const ACTIVITIES = ['Installatietechniek', 'Elektrotechniek', 'Energiesystemen', 'Warmtepompen', 'Zonnetechniek',
  'Bouw', 'Infra', 'Metaalbewerking', 'Machinebouw', 'Automatisering', 'Software', 'Data', 'Cybersecurity',
  'Procestechniek', 'Logistiek', 'Transport', 'Scheepsbouw', 'Mechatronica', 'Robotica', 'Kassenbouw',
  'Agrotechniek', 'Laboratoria', 'Zorgtechnologie', 'Netwerken', 'Onderhoud', 'Klimaattechniek', 'Laadinfra'];
const FORMS = ['B.V.', 'B.V.', 'B.V.', 'en Zonen B.V.', 'Groep', 'Nederland B.V.', 'V.O.F.'];

export function companyName(r: Random, city: string): string {
  const style = r.int(0, 3);
  const activity = r.pick(ACTIVITIES);
  if (style === 0) return `${r.pick(SURNAMES)} ${activity} ${r.pick(FORMS)}`;
  if (style === 1) return `${r.pick(PREFIXES)}${activity.toLowerCase()} ${r.pick(FORMS)}`;
  if (style === 2) return `${activity} ${city} ${r.pick(FORMS)}`;
  return `${r.pick(PREFIXES)} ${activity} ${r.pick(SURNAMES).split(' ').at(-1)} ${r.pick(FORMS)}`;
}

export function ppsName(r: Random, theme: string, city: string): string {
  const kinds = ['Practoraat', 'Campus', 'Centrum voor Innovatief Vakmanschap', 'Leerwerkplaats', 'Hub', 'Fieldlab', 'Academie', 'Expertisecentrum'];
  return `${r.pick(kinds)} ${theme} ${city}`;
}

export const PPS_THEMES = ['Energietransitie', 'Warmte', 'Smart Industry', 'Digitale Techniek', 'Elektrificatie',
  'Duurzaam Bouwen', 'Data en AI', 'Waterstof', 'Circulaire Economie', 'Slimme Logistiek', 'Cybersecurity',
  'Precisielandbouw', 'Zorgtechnologie', 'Maritieme Techniek', 'Robotisering', 'Installatie van de Toekomst'];

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
