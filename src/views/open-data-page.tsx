import type { Locale } from '../domain/format.ts';
import { openDataMessages } from '../i18n/open-data.ts';
import { IllustrativeNotice } from './illustrative-notice.tsx';
import { Layout } from './layout.tsx';
import { OpenDataDownloads } from './open-data-downloads.tsx';
import { Table, THead, TBody, Tr, Th, Td } from './table.tsx';

const API = '/api/v1';
const EXAMPLE = `${API}/organisaties?soort=bedrijf&provincie=PV26&sorteer=-aantalPps`;

export function OpenDataPage({ locale }: { locale: Locale }) {
  const t = openDataMessages(locale);
  return (
    <Layout locale={locale} title={t.title} path="/open-data">
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.intro}</p>
      <IllustrativeNotice locale={locale} />
      <h2 class="utrecht-heading-2">{t.apiTitle}</h2>
      <p class="utrecht-paragraph">{t.apiText}</p>
      <p class="utrecht-paragraph">
        {t.openApiText} <a class="utrecht-link" href={`${API}/openapi.json`}>{t.openApiLink}</a>
      </p>
      <Table locale={locale} caption={t.resourcesCaption}>
        <THead>
          <Tr>
            <Th>{t.colResource}</Th>
            <Th>{t.colContents}</Th>
          </Tr>
        </THead>
        <TBody>
          {Object.entries(t.resources).map(([name, contents]) => (
            <Tr>
              <Th row><a class="utrecht-link" href={`${API}/${name}`}>{`${API}/${name}`}</a></Th>
              <Td>{contents}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <h2 class="utrecht-heading-2">{t.conventionsTitle}</h2>
      <ul class="utrecht-unordered-list">
        {t.conventions.map((c) => <li class="utrecht-unordered-list__item">{c}</li>)}
      </ul>
      <h3 class="utrecht-heading-3">{t.exampleTitle}</h3>
      <p class="utrecht-paragraph">{t.exampleText}</p>
      <pre class="pps-code"><code><a class="utrecht-link" href={EXAMPLE}>{`GET ${EXAMPLE}`}</a></code></pre>
      <OpenDataDownloads locale={locale} />
    </Layout>
  );
}
