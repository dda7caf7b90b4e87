import { IMPORT_TYPES, type ImportType } from '../../domain/import/import-types.ts';
import type { ImportPreview } from '../../services/imports/import-result.ts';
import { CsrfField } from '../forms.tsx';
import { PortalLayout, type PortalPage } from './portal-layout.tsx';

export type ImportPageProps = {
  page: PortalPage; type?: ImportType; preview?: ImportPreview; fileName?: string; content?: string; done?: { created: number; updated: number }; error?: string;
};

function PreviewTable({ caption, rows }: { caption: string; rows: { line: number; name: string }[] }) {
  if (!rows.length) return null;
  return (
    <table class="utrecht-table pps-table">
      <caption class="utrecht-table__caption">{caption} ({rows.length})</caption>
      <thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Regel</th><th class="utrecht-table__header-cell" scope="col">Wat</th></tr></thead>
      <tbody class="utrecht-table__body">{rows.slice(0, 200).map((r) => <tr class="utrecht-table__row"><td class="utrecht-table__cell">{r.line}</td><td class="utrecht-table__cell">{r.name}</td></tr>)}</tbody>
    </table>
  );
}

/** The types this user may import: organisations are the office's; the rest is checked per row against the consortium. */
const typesFor = (page: PortalPage) => Object.entries(IMPORT_TYPES).filter(([, info]) => !info.officeOnly || page.roles.includes('programmabureau')) as [ImportType, (typeof IMPORT_TYPES)[ImportType]][];

function Templates({ page }: { page: PortalPage }) {
  return (
    <section aria-labelledby="sjablonen">
      <h2 class="utrecht-heading-2" id="sjablonen">Sjablonen</h2>
      <p class="utrecht-paragraph">Elk sjabloon heeft de kolommen die het inlezen kent en één voorbeeldregel. Kolommen mogen in elke volgorde staan; bedragen mogen als 1.234.567 of € 4,3 mln, datums als 31-12-2024.</p>
      <ul class="utrecht-unordered-list">
        {typesFor(page).map(([type, info]) => (
          <li>{info.label}: <a class="utrecht-link" href={`/downloads/sjablonen/${type}.csv`}>CSV</a>, <a class="utrecht-link" href={`/downloads/sjablonen/${type}.xlsx`}>Excel (XLSX)</a></li>
        ))}
      </ul>
    </section>
  );
}

// The page lists this many refusals; the full list is a download, so a file of 100.000 bad rows stays a small page.
export const REFUSALS_SHOWN = 100;

function Refusals({ page, type, preview, content }: { page: PortalPage; type?: ImportType; preview: ImportPreview; content?: string }) {
  const more = preview.refused.length - REFUSALS_SHOWN;
  return (
    <div class="pps-error-summary" role="alert">
      <h3 class="utrecht-heading-3">{preview.refused.length.toLocaleString('nl-NL')} regel(s) geweigerd: er wordt niets ingelezen</h3>
      <ul>{preview.refused.slice(0, REFUSALS_SHOWN).map((p) => <li>Regel {p.line}{p.column ? `, kolom ${p.column}` : ''}: {p.message}</li>)}</ul>
      {more > 0 && <p class="utrecht-paragraph">en nog {more.toLocaleString('nl-NL')} andere regels.</p>}
      {more > 0 && content && (
        <form method="post" action="/portaal/import/weigeringen">
          <CsrfField token={page.csrfToken} />
          <input type="hidden" name="soort" value={type} />
          <input type="hidden" name="inhoud" value={content} />
          <button class="utrecht-button utrecht-button--secondary-action" type="submit">Alle weigeringen downloaden (CSV)</button>
        </form>
      )}
    </div>
  );
}

/** Upload → preview (dry run) → import all rows or none; works without JavaScript. */
export function ImportPage({ page, type, preview, fileName, content, done, error }: ImportPageProps) {
  const unchanged = preview && !preview.refused.length && !preview.create.length && !preview.update.length;
  return (
    <PortalLayout page={page} title="Gegevens inlezen">
      <h1 class="utrecht-heading-1">Gegevens inlezen</h1>
      {done && <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">Ingelezen: {done.created} nieuw, {done.updated} gewijzigd.</p></div>}
      {error && <div class="utrecht-alert utrecht-alert--error pps-error-summary" role="alert"><p class="utrecht-paragraph">{error}</p></div>}
      <p class="utrecht-paragraph">Lees een CSV- of Excel-bestand in. U ziet eerst wat er verandert; daarna wordt alles in één keer ingelezen, of niets.</p>
      <form method="post" action="/portaal/import/voorbeeld" enctype="multipart/form-data">
        <CsrfField token={page.csrfToken} />
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="import-soort">Soort gegevens</label>
          <select class="utrecht-select utrecht-select--html-select" id="import-soort" name="soort">
            {typesFor(page).map(([value, info]) => <option value={value} selected={value === type}>{info.label}</option>)}
          </select>
        </div>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="import-bestand">Bestand (CSV of XLSX, hoogstens 10 MB)</label>
          <input class="utrecht-textbox" type="file" id="import-bestand" name="bestand" accept=".csv,.xlsx,text/csv" required />
        </div>
        <button class="utrecht-button utrecht-button--secondary-action" type="submit">Controleren (nog niet inlezen)</button>
      </form>
      {preview && (
        <section aria-labelledby="voorbeeld">
          <h2 class="utrecht-heading-2" id="voorbeeld">Controle van {fileName}</h2>
          {preview.refused.length > 0 && <Refusals page={page} type={type} preview={preview} content={content} />}
          {unchanged && <p class="utrecht-paragraph" role="status">Het bestand verandert niets: alle regels staan al zo in de monitor.</p>}
          <PreviewTable caption="Nieuw" rows={preview.create} />
          <PreviewTable caption="Gewijzigd" rows={preview.update} />
          {preview.refused.length === 0 && !unchanged && content && (
            <form method="post" action="/portaal/import/inlezen">
              <CsrfField token={page.csrfToken} />
              <input type="hidden" name="soort" value={type} />
              <input type="hidden" name="inhoud" value={content} />
              <input type="hidden" name="bestandsnaam" value={fileName} />
              <button class="utrecht-button utrecht-button--primary-action" type="submit">Alles inlezen</button>
            </form>
          )}
        </section>
      )}
      <Templates page={page} />
    </PortalLayout>
  );
}
