import { defineMessages } from './messages.ts';

const nl = {
  title: 'Woordenboek van de downloads',
  description: 'Elke kolom van de open-data-downloads van PPS Monitor: betekenis en eenheid.',
  intro: 'De CSV- en Excel-downloads hebben dezelfde kolommen als de velden van de API. Hier staat per tabel elke kolom met haar betekenis en eenheid.',
  format: "CSV: UTF-8, puntkomma als scheidingsteken, decimale komma, afgerond op ten hoogste twee decimalen; de exacte waarden staan in de JSON-download. Geneste velden heten met een punt (penvoerder.naam); lijsten staan in één cel, gescheiden door ' | '.",
  illustrative: 'De kolom voorbeelddata zegt per rij of het voorbeelddata zijn (ja) of een openbaar feit (nee).',
  back: 'Terug naar open data',
  colColumn: 'Kolom', colMeaning: 'Betekenis', colUnit: 'Eenheid',
  tableCaption: (table: string) => `Kolommen van ${table}`,
  units: {
    euro: 'euro (hele euro’s)', jaar: 'jaartal', datum: 'datum (JJJJ-MM-DD)', aandeel: 'fractie van 0 tot 1', janee: 'ja of nee (JSON: true of false)',
    lijst: 'lijst, gescheiden door |', aantal: 'aantal', getal: 'getal', code: 'code', tekst: 'tekst',
  } as Record<string, string>,
};

export const dataDictionaryMessages = defineMessages({
  nl,
  en: {
    ...nl,
    title: 'Data dictionary of the downloads',
    description: 'Every column of the PPS Monitor open data downloads: meaning and unit.',
    intro: 'The CSV and Excel downloads have the same columns as the fields of the API. This page lists every column of each table with its meaning (in Dutch, as in the API) and unit.',
    format: "CSV: UTF-8, semicolon separated, decimal comma, rounded to at most two decimals; the exact values are in the JSON download. Nested fields are named with a dot (penvoerder.naam); lists are in one cell, separated by ' | '.",
    illustrative: 'The column voorbeelddata says for each row whether it is illustrative data (ja) or a public fact (nee).',
    back: 'Back to open data',
    colColumn: 'Column', colMeaning: 'Meaning', colUnit: 'Unit',
    tableCaption: (table) => `Columns of ${table}`,
    units: {
      euro: 'euro (whole euros)', jaar: 'year', datum: 'date (YYYY-MM-DD)', aandeel: 'fraction from 0 to 1', janee: 'ja (yes) or nee (no); JSON: true or false',
      lijst: 'list, separated by |', aantal: 'count', getal: 'number', code: 'code', tekst: 'text',
    },
  },
});
