import type { Locale } from '../domain/format.ts';
import { IMPORT_TYPES, type ImportType } from '../domain/import/import-types.ts';
import { importPortal } from '../i18n/import-portal.ts';
import { openDataMessages } from '../i18n/open-data.ts';
import { localePath } from '../i18n/messages.ts';

const LINKS = [
  { href: '/downloads/pps-monitor.json', nl: 'Volledige openbare dataset (JSON)', en: 'Full public dataset (JSON)' },
  { href: '/downloads/pps-monitor-csv.zip', nl: 'Volledige openbare dataset als CSV per tabel, met toelichting (ZIP)', en: 'Full public dataset as a CSV per table, with a README (ZIP)' },
  { href: '/downloads/360giving.json', nl: 'Toekenningen in de 360Giving-standaard (JSON)', en: 'Grants in the 360Giving standard (JSON)' },
  { href: '/downloads/dcat.jsonld', nl: 'Beschrijving van de datasets en de API in DCAT-AP-NL (JSON-LD)', en: 'Description of the datasets and the API in DCAT-AP-NL (JSON-LD)' },
  // The list's name is its file name (the API's Dutch resource name): shown as code in both languages.
  ...(['consortia', 'pps', 'organisaties', 'actielijnen', 'indicatoren', 'doelen', 'realisaties', 'begrotingen'] as const).flatMap((list) => (['csv', 'xlsx'] as const).map((ext) => ({
    href: `/downloads/${list}.${ext}`, nl: 'Lijst', en: 'List', code: list, suffix: ` (${ext.toUpperCase()})`,
  }))),
  { href: '/dashboard', nl: 'Elke grafiek als CSV en SVG: zie de links onder de grafieken', en: 'Every chart as CSV and SVG: see the links below the charts' },
];

/** The bulk downloads of /open-data, at stable URLs. */
export function OpenDataDownloads({ locale }: { locale: Locale }) {
  const t = openDataMessages(locale);
  return (
    <section aria-labelledby="downloads" id="downloads-section">
      <h2 class="utrecht-heading-2" id="downloads">{t.downloadsTitle}</h2>
      <p class="utrecht-paragraph">{t.dictionaryText} <a class="utrecht-link" href={localePath(locale, '/open-data/woordenboek')}>{t.dictionaryLink}</a></p>
      <ul class="utrecht-unordered-list">
        {LINKS.map((l) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={l.href}>{l[locale]}{'code' in l ? <> <code>{l.code}</code>{l.suffix}</> : null}</a>
          </li>
        ))}
      </ul>
      <h3 class="utrecht-heading-3">{t.templatesTitle}</h3>
      <p class="utrecht-paragraph">{t.templatesText}</p>
      <ul class="utrecht-unordered-list">
        {Object.entries(IMPORT_TYPES).map(([type, info]) => (
          <li class="utrecht-unordered-list__item">{importPortal(locale).types[type as ImportType] ?? info.label}: <a class="utrecht-link" href={`/downloads/sjablonen/${type}.csv`}>CSV</a>, <a class="utrecht-link" href={`/downloads/sjablonen/${type}.xlsx`}>XLSX</a></li>
        ))}
      </ul>
    </section>
  );
}
