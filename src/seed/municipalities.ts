import type { ProvinceCode } from '../domain/code-lists.ts';

// A selection of municipalities (CBS codes) with approximate centre coordinates (WGS84), for placing pps'en.
export type MunicipalitySeed = { code: string; name: string; province: ProvinceCode; lat: number; lon: number };

const M = (code: string, name: string, province: ProvinceCode, lat: number, lon: number): MunicipalitySeed => ({
  code, name, province, lat, lon,
});

export const MUNICIPALITIES: MunicipalitySeed[] = [
  M('GM0014', 'Groningen', 'PV20', 53.219, 6.568), M('GM1966', 'Het Hogeland', 'PV20', 53.33, 6.52),
  M('GM0047', 'Veendam', 'PV20', 53.106, 6.879), M('GM0037', 'Stadskanaal', 'PV20', 52.99, 6.95),
  M('GM1979', 'Eemsdelta', 'PV20', 53.33, 6.92),
  M('GM0080', 'Leeuwarden', 'PV21', 53.201, 5.799), M('GM0074', 'Heerenveen', 'PV21', 52.96, 5.92),
  M('GM1900', 'Súdwest-Fryslân', 'PV21', 53.03, 5.66), M('GM0090', 'Smallingerland', 'PV21', 53.11, 6.1),
  M('GM0072', 'Harlingen', 'PV21', 53.17, 5.42),
  M('GM0106', 'Assen', 'PV22', 52.993, 6.562), M('GM0114', 'Emmen', 'PV22', 52.785, 6.897),
  M('GM0118', 'Hoogeveen', 'PV22', 52.723, 6.476), M('GM0109', 'Coevorden', 'PV22', 52.66, 6.74),
  M('GM0119', 'Meppel', 'PV22', 52.696, 6.194),
  M('GM0193', 'Zwolle', 'PV23', 52.516, 6.083), M('GM0153', 'Enschede', 'PV23', 52.221, 6.894),
  M('GM0141', 'Almelo', 'PV23', 52.357, 6.662), M('GM0164', 'Hengelo', 'PV23', 52.266, 6.793),
  M('GM0150', 'Deventer', 'PV23', 52.255, 6.163),
  M('GM0034', 'Almere', 'PV24', 52.371, 5.222), M('GM0995', 'Lelystad', 'PV24', 52.518, 5.471),
  M('GM0171', 'Noordoostpolder', 'PV24', 52.71, 5.75), M('GM0184', 'Urk', 'PV24', 52.662, 5.601),
  M('GM0303', 'Dronten', 'PV24', 52.525, 5.718),
  M('GM0202', 'Arnhem', 'PV25', 51.985, 5.899), M('GM0268', 'Nijmegen', 'PV25', 51.842, 5.853),
  M('GM0200', 'Apeldoorn', 'PV25', 52.211, 5.969), M('GM0228', 'Ede', 'PV25', 52.04, 5.665),
  M('GM0289', 'Wageningen', 'PV25', 51.97, 5.666), M('GM0222', 'Doetinchem', 'PV25', 51.965, 6.289),
  M('GM0344', 'Utrecht', 'PV26', 52.091, 5.122), M('GM0307', 'Amersfoort', 'PV26', 52.156, 5.387),
  M('GM0356', 'Nieuwegein', 'PV26', 52.029, 5.081), M('GM0345', 'Veenendaal', 'PV26', 52.028, 5.559),
  M('GM0321', 'Houten', 'PV26', 52.028, 5.168),
  M('GM0363', 'Amsterdam', 'PV27', 52.373, 4.893), M('GM0392', 'Haarlem', 'PV27', 52.387, 4.646),
  M('GM0361', 'Alkmaar', 'PV27', 52.632, 4.748), M('GM0400', 'Den Helder', 'PV27', 52.956, 4.761),
  M('GM0402', 'Hilversum', 'PV27', 52.223, 5.176), M('GM0453', 'Velsen', 'PV27', 52.46, 4.62),
  M('GM0599', 'Rotterdam', 'PV28', 51.922, 4.479), M('GM0518', "'s-Gravenhage", 'PV28', 52.07, 4.3),
  M('GM0546', 'Leiden', 'PV28', 52.16, 4.497), M('GM0503', 'Delft', 'PV28', 52.012, 4.357),
  M('GM0505', 'Dordrecht', 'PV28', 51.813, 4.69), M('GM1783', 'Westland', 'PV28', 51.99, 4.21),
  M('GM0687', 'Middelburg', 'PV29', 51.499, 3.614), M('GM0718', 'Vlissingen', 'PV29', 51.443, 3.573),
  M('GM0715', 'Terneuzen', 'PV29', 51.335, 3.828), M('GM0664', 'Goes', 'PV29', 51.504, 3.889),
  M('GM0772', 'Eindhoven', 'PV30', 51.441, 5.478), M('GM0855', 'Tilburg', 'PV30', 51.556, 5.091),
  M('GM0758', 'Breda', 'PV30', 51.589, 4.776), M('GM0796', "'s-Hertogenbosch", 'PV30', 51.69, 5.304),
  M('GM0794', 'Helmond', 'PV30', 51.476, 5.661), M('GM0748', 'Bergen op Zoom', 'PV30', 51.495, 4.291),
  M('GM0935', 'Maastricht', 'PV31', 50.851, 5.691), M('GM0917', 'Heerlen', 'PV31', 50.888, 5.98),
  M('GM0983', 'Venlo', 'PV31', 51.37, 6.172), M('GM0957', 'Roermond', 'PV31', 51.194, 5.987),
  M('GM1883', 'Sittard-Geleen', 'PV31', 51.0, 5.87), M('GM0988', 'Weert', 'PV31', 51.251, 5.706),
];
