import type { Locale } from '../domain/format.ts';
import { dataDictionaryMessages } from '../i18n/data-dictionary.ts';
import { localePath } from '../i18n/messages.ts';
import type { DictionaryColumn } from '../domain/export/data-dictionary.ts';
import { IllustrativeNotice } from './illustrative-notice.tsx';
import { Layout } from './layout.tsx';

export type DataDictionaryPageProps = { locale: Locale; tables: { table: string; columns: DictionaryColumn[] }[] };

/** Each download table with each column, its meaning and unit; the meanings are the API's (Dutch) descriptions. */
export function DataDictionaryPage({ locale, tables }: DataDictionaryPageProps) {
  const t = dataDictionaryMessages(locale);
  return (
    <Layout locale={locale} title={t.title} description={t.description} path="/open-data/woordenboek">
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.intro}</p>
      <p class="utrecht-paragraph">{t.format}</p>
      <p class="utrecht-paragraph">{t.illustrative}</p>
      <IllustrativeNotice locale={locale} />
      {tables.map(({ table, columns }) => (
        <section aria-labelledby={`tabel-${table}`}>
          <h2 class="utrecht-heading-2" id={`tabel-${table}`}><code>{table}</code></h2>
          <div class="pps-table-scroll">
            <table class="utrecht-table pps-table" data-table={table}>
              <caption class="utrecht-table__caption">{t.tableCaption(`${table}.csv`)}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">{t.colColumn}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t.colMeaning}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t.colUnit}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {columns.map((c) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row"><code lang="nl">{c.column}</code></th>
                    <td class="utrecht-table__cell" lang={locale === 'nl' ? undefined : 'nl'}>{c.meaning}</td>
                    <td class="utrecht-table__cell">{t.units[c.unit] ?? c.unit}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <p class="utrecht-paragraph"><a class="utrecht-link" href={localePath(locale, '/open-data')}>{t.back}</a></p>
    </Layout>
  );
}
