import { IMPORT_LIMITS } from '../../domain/import/import-limits.ts';
import { IMPORT_TYPES, type ImportType } from '../../domain/import/import-types.ts';
import { formatNumber, type Locale } from '../../domain/format.ts';
import { importPortal } from '../../i18n/import-portal.ts';
import { errorText } from '../../i18n/errors.ts';
import { localePath } from '../../i18n/messages.ts';
import { portalCommon } from '../../i18n/portal-common.ts';
import type { ErrorValues } from '../../errors.ts';
import type { ImportPreview } from '../../services/imports/import-result.ts';
import type { Role } from '../../services/context.ts';
import { CsrfField, ErrorSummary, Flash, PostForm, SubmitButton } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export type ImportPageProps = {
  locale: Locale; csrfToken: string; roles: Role[]; type?: ImportType; preview?: ImportPreview; fileName?: string; content?: string;
  done?: { created: number; updated: number }; error?: string; errorValues?: ErrorValues;
};

function PreviewTable({ locale, caption, rows }: { locale: Locale; caption: string; rows: { line: number; name: string }[] }) {
  const t = importPortal(locale);
  if (!rows.length) return null;
  return (
    <Table locale={locale} caption={`${caption} (${formatNumber(rows.length, locale)})`}>
      <THead><Tr><Th>{t.colLine}</Th><Th>{t.colWhat}</Th></Tr></THead>
      <TBody>{rows.slice(0, 200).map((r) => <Tr><Td>{r.line}</Td><Td>{r.name}</Td></Tr>)}</TBody>
    </Table>
  );
}

/** The types this user may import: organisations are the office's; the rest is checked per row against the consortium. */
const typesFor = (roles: Role[]) => (Object.keys(IMPORT_TYPES) as ImportType[]).filter((type) => !IMPORT_TYPES[type].officeOnly || roles.includes('programmabureau'));

function Templates({ locale, roles }: { locale: Locale; roles: Role[] }) {
  const t = importPortal(locale);
  return (
    <section aria-labelledby="sjablonen">
      <h2 class="utrecht-heading-2" id="sjablonen">{t.templatesTitle}</h2>
      <p class="utrecht-paragraph">{t.templatesIntro}</p>
      <ul class="utrecht-unordered-list">
        {typesFor(roles).map((type) => (
          <li>{t.types[type]}: <a class="utrecht-link" href={`/downloads/sjablonen/${type}.csv`}>CSV</a>, <a class="utrecht-link" href={`/downloads/sjablonen/${type}.xlsx`}>{t.excel}</a></li>
        ))}
      </ul>
    </section>
  );
}

// The page lists this many refusals; the full list is a download, so a file of 100.000 bad rows stays a small page.
export const REFUSALS_SHOWN = 100;

export function Refusals({ csrfToken, locale, type, preview, content }: { csrfToken: string; locale: Locale; type?: ImportType; preview: ImportPreview; content?: string }) {
  const t = importPortal(locale);
  const more = preview.refused.length - REFUSALS_SHOWN;
  // The check stopped at the limit of refusals: the download holds only those, and says so.
  const capped = preview.refused.some((p) => p.code === 'import.limit.refusals') ? formatNumber(IMPORT_LIMITS.refusals, locale) : null;
  return (
    <div class="utrecht-alert utrecht-alert--error pps-error-summary" role="alert" tabindex={-1} autofocus>
      <h3 class="utrecht-heading-3">{t.refusedTitle(formatNumber(preview.refused.length, locale))}</h3>
      <ul class="utrecht-unordered-list">{preview.refused.slice(0, REFUSALS_SHOWN).map((p) => <li>{t.refusedLine(p.line, p.column ?? '')}: {errorText(locale, p.code, p.values)}</li>)}</ul>
      {more > 0 && <p class="utrecht-paragraph">{t.moreRefused(formatNumber(more, locale))}</p>}
      {more > 0 && content && (
        <form method="post" action={localePath(locale, '/portaal/import/weigeringen')}>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="soort" value={type} />
          <input type="hidden" name="inhoud" value={content} />
          <button class="utrecht-button utrecht-button--secondary-action" type="submit">{capped ? t.downloadFirstRefusals(capped) : t.downloadRefusals}</button>
        </form>
      )}
      {more > 0 && capped && <p class="utrecht-paragraph">{t.downloadCapped(capped)}</p>}
    </div>
  );
}

/** Upload → preview (dry run) → import all rows or none; works without JavaScript. */
export function ImportPage({ portal, locale, csrfToken, roles, type, preview, fileName, content, done, error, errorValues }: ImportPageProps & PortalProps) {
  const t = importPortal(locale);
  const unchanged = preview && !preview.refused.length && !preview.create.length && !preview.update.length;
  const action = (step: string) => localePath(locale, `/portaal/import/${step}`);
  return (
    <PortalPage portal={portal} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <Flash text={done ? t.done(formatNumber(done.created, locale), formatNumber(done.updated, locale)) : null} />
      <ErrorSummary title={portalCommon(locale).errorSummaryTitle} message={error} messageValues={errorValues} problems={[]} />
      <p class="utrecht-paragraph">{t.intro}</p>
      <PostForm action={action('voorbeeld')} csrfToken={csrfToken} enctype="multipart/form-data" class="pps-form">
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="import-soort">{t.typeLabel}</label></div>
          <select class="utrecht-select utrecht-select--html-select" id="import-soort" name="soort">
            {typesFor(roles).map((value) => <option value={value} selected={value === type}>{t.types[value]}</option>)}
          </select>
        </div>
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="import-bestand">{t.fileLabel}</label></div>
          <input class="utrecht-textbox pps-file-input" type="file" id="import-bestand" name="bestand" accept=".csv,.xlsx,text/csv" required />
        </div>
        <SubmitButton secondary>{t.check}</SubmitButton>
      </PostForm>
      {preview && (
        <section aria-labelledby="voorbeeld">
          <h2 class="utrecht-heading-2" id="voorbeeld">{t.previewTitle(fileName ?? t.thisFile)}</h2>
          {preview.refused.length > 0 && <Refusals csrfToken={csrfToken} locale={locale} type={type} preview={preview} content={content} />}
          {unchanged && <p class="utrecht-paragraph" role="status">{t.unchanged}</p>}
          <PreviewTable locale={locale} caption={t.created} rows={preview.create} />
          <PreviewTable locale={locale} caption={t.updated} rows={preview.update} />
          {preview.refused.length === 0 && !unchanged && content && (
            <form method="post" action={action('inlezen')}>
              <CsrfField token={csrfToken} />
              <input type="hidden" name="soort" value={type} />
              <input type="hidden" name="inhoud" value={content} />
              <input type="hidden" name="bestandsnaam" value={fileName} />
              <SubmitButton>{t.importAll}</SubmitButton>
            </form>
          )}
        </section>
      )}
      <Templates locale={locale} roles={roles} />
    </PortalPage>
  );
}
