import { defineMessages } from './messages.ts';

const nl = {
  title: 'Netwerkkaart',
  intro: "Alle pps'en van de consortia op de kaart van Nederland, op de plaats van hun gemeente. Hoe groter het teken, hoe meer pps'en op die plek.",
  colourBy: 'Kleur naar',
  byConsortium: 'Consortium',
  bySector: 'Sector',
  legend: 'Legenda',
  summary: (pps: string, places: string, provinces: string) => `${pps} pps'en op ${places} plaatsen in ${provinces} provincies.`,
  listTitle: "Pps'en per provincie",
  listIntro: 'Dezelfde pps\'en als op de kaart, als lijst.',
  provinceDashboard: 'Bekijk de grafieken voor deze provincie',
  consortium: 'consortium',
  none: "Er zijn geen pps'en voor dit filter.",
  downloadCsv: "Download de lijst van pps'en (CSV)",
  downloadXlsx: "Download de lijst van pps'en (Excel)",
  downloadSvg: 'Kaart als SVG (om in te sluiten)',
  mapAlt: 'Kaart van Nederland met de pps\'en',
  colPps: 'Pps', colConsortium: 'Consortium', colSector: 'Sector', colMunicipality: 'Gemeente', colProvince: 'Provincie', colLatitude: 'Breedtegraad', colLongitude: 'Lengtegraad',
  attribution: 'Kaart: provinciegrenzen van CBS / PDOK, CC BY 4.0.',
  unknownSector: 'Geen sector',
};

export const mapMessages = defineMessages({
  nl,
  en: {
    ...nl,
    title: 'Network map',
    intro: 'All pps of the consortia on the map of the Netherlands, at their municipality. The larger the marker, the more pps at that place.',
    colourBy: 'Colour by', byConsortium: 'Consortium', bySector: 'Sector', legend: 'Legend',
    summary: (pps, places, provinces) => `${pps} pps at ${places} places in ${provinces} provinces.`,
    listTitle: 'Pps by province', listIntro: 'The same pps as on the map, as a list.',
    provinceDashboard: 'See the charts for this province', consortium: 'consortium', none: 'There are no pps for this filter.',
    downloadCsv: 'Download the list of pps (CSV)', downloadXlsx: 'Download the list of pps (Excel)', downloadSvg: 'Map as SVG (to embed)', mapAlt: 'Map of the Netherlands with the pps',
    colPps: 'Pps', colConsortium: 'Consortium', colSector: 'Sector', colMunicipality: 'Municipality', colProvince: 'Province', colLatitude: 'Latitude', colLongitude: 'Longitude',
    attribution: 'Map: province boundaries by CBS / PDOK, CC BY 4.0.', unknownSector: 'No sector',
  },
});
