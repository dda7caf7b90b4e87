import type { ImportType } from '../domain/import/import-types.ts';
import { defineMessages } from './messages.ts';

// The import page of the portal: upload, preview (dry run), import all or nothing.
export const importPortal = defineMessages({
  nl: {
    title: 'Gegevens inlezen',
    intro: 'Lees een CSV- of Excel-bestand in. U ziet eerst wat er verandert; daarna wordt alles in één keer ingelezen, of niets.',
    types: {
      organisaties: 'Organisaties', partners: "Partners van pps'en", pps: "Pps'en", begrotingen: 'Begroting (gepland)',
      indicatorwaarden: 'Indicatorwaarden (voortgangsrapportage)',
    } satisfies Record<ImportType, string>,
    typeLabel: 'Soort gegevens',
    fileLabel: 'Bestand (CSV of XLSX, hoogstens 10 MB)',
    check: 'Controleren (nog niet inlezen)',
    done: (created: string, updated: string) => `Ingelezen: ${created} nieuw, ${updated} gewijzigd.`,
    previewTitle: (fileName: string) => `Controle van ${fileName}`,
    refusedTitle: (count: string) => `${count} regel(s) geweigerd: er wordt niets ingelezen`,
    refusedLine: (line: number, column: string) => (column ? `Regel ${line}, kolom ${column}` : `Regel ${line}`),
    unchanged: 'Het bestand verandert niets: alle regels staan al zo in de monitor.',
    created: 'Nieuw', updated: 'Gewijzigd', colLine: 'Regel', colWhat: 'Wat',
    importAll: 'Alles inlezen',
    templatesTitle: 'Sjablonen',
    templatesIntro: 'Elk sjabloon heeft de kolommen die het inlezen kent en één voorbeeldregel. Kolommen mogen in elke volgorde staan; bedragen mogen als 1.234.567 of € 4,3 mln, datums als 31-12-2024.',
    excel: 'Excel (XLSX)',
    fileMissing: 'Kies een bestand om in te lezen.',
    thisFile: 'het bestand',
  },
  en: {
    title: 'Import data',
    intro: 'Import a CSV or Excel file. You first see what would change; then everything is imported at once, or nothing.',
    types: {
      organisaties: 'Organisations', partners: 'Partners of partnerships', pps: 'Partnerships', begrotingen: 'Budget (planned)',
      indicatorwaarden: 'Indicator values (progress report)',
    },
    typeLabel: 'Kind of data',
    fileLabel: 'File (CSV or XLSX, at most 10 MB)',
    check: 'Check (do not import yet)',
    done: (created, updated) => `Imported: ${created} new, ${updated} changed.`,
    previewTitle: (fileName) => `Check of ${fileName}`,
    refusedTitle: (count) => `${count} line(s) refused: nothing will be imported`,
    refusedLine: (line, column) => (column ? `Line ${line}, column ${column}` : `Line ${line}`),
    unchanged: 'The file changes nothing: every line is already in the monitor like this.',
    created: 'New', updated: 'Changed', colLine: 'Line', colWhat: 'What',
    importAll: 'Import everything',
    templatesTitle: 'Templates',
    templatesIntro: 'Each template has the columns the import knows and one example line. Columns may come in any order; amounts may be written as 1.234.567 or € 4,3 mln, dates as 31-12-2024.',
    excel: 'Excel (XLSX)',
    fileMissing: 'Choose a file to import.',
    thisFile: 'the file',
  },
});
