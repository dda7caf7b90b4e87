import type { Locale } from '../../domain/format.ts';
import type { FieldProblem } from '../../errors.ts';
import { knowledgeMessages } from '../../i18n/knowledge.ts';
import { knowledgePortalMessages } from '../../i18n/knowledge-portal.ts';
import { localePath } from '../../i18n/messages.ts';
import type { TagOptions } from '../../services/knowledge/list-tag-options.ts';
import { CheckboxGroup, CsrfField, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField, valuesOf, type FormValues } from './form-controls.tsx';
import { knowledgePortalPaths as paths } from './knowledge-paths.ts';
import { PortalPage, type PortalProps } from './portal-page.tsx';

export type KnowledgeFormPageProps = {
  locale: Locale; item: { id: number; slug: string; title: string; proposedBy: string | null } | null; options: TagOptions;
  csrfToken: string; values: FormValues; problems: FieldProblem[]; message?: string;
};

/** The office's form for a new item or an edit (also how a proposal is reviewed and published). */
export function KnowledgeFormPage({ portal, locale, item, options, csrfToken, values, problems, message }: KnowledgeFormPageProps & PortalProps) {
  const t = knowledgePortalMessages(locale);
  const k = knowledgeMessages(locale);
  const title = item ? t.editTitle(item.title) : t.newTitle;
  const common = { values, problems };
  const name = (o: { nameNl: string; nameEn: string }) => (locale === 'en' ? o.nameEn : o.nameNl);
  return (
    <PortalPage portal={portal} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      {item?.proposedBy ? <p class="utrecht-paragraph">{t.proposedBy(item.proposedBy)}</p> : null}
      {item ? <p class="utrecht-paragraph"><a class="utrecht-link" href={localePath(locale, `/kennisbank/${item.slug}`)}>{t.viewPublic}</a></p> : null}
      <ErrorSummary title={k.errorSummaryTitle} message={message} problems={problems} />
      <form method="post" action={localePath(locale, item ? paths.item(item.id) : paths.create)} novalidate>
        <CsrfField token={csrfToken} />
        {item ? <input type="hidden" name="version" value={String(values.version ?? '')} /> : null}
        {valuesOf(values, 'pps').map((id) => <input type="hidden" name="pps" value={id} />)}
        <SelectField name="kind" label={t.kind} {...common} options={Object.entries(k.kinds).map(([value, label]) => ({ value, label }))} />
        <TextField name="title" label={t.title} {...common} required />
        <TextAreaField name="summary" label={t.summary} {...common} rows={3} />
        <TextAreaField name="body" label={t.body} hint={t.bodyHint} {...common} rows={12} />
        <TextField name="sourceTags" label={t.sourceTags} hint={t.sourceTagsHint} {...common} />
        <TextField name="url" label={t.url} {...common} />
        <TextField name="publishedOn" label={t.publishedOn} {...common} required />
        <SelectField name="status" label={t.status} {...common} options={Object.entries(k.statuses).map(([value, label]) => ({ value, label }))} />
        <TextField name="publishAt" label={t.publishAt} hint={t.publishAtHint} {...common} />
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t.eventFields}</legend>
          <TextField name="startsAt" label={t.startsAt} hint={t.publishAtHint} {...common} />
          <TextField name="endsAt" label={t.endsAt} {...common} />
          <TextField name="location" label={t.location} {...common} />
          <TextField name="onlineUrl" label={t.onlineUrl} {...common} />
          <TextField name="capacity" label={t.capacity} inputMode="numeric" {...common} />
        </fieldset>
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t.practiceFields}</legend>
          <TextAreaField name="results" label={t.results} {...common} rows={5} />
          <TextField name="contact" label={t.contact} {...common} />
        </fieldset>
        <h2 class="utrecht-heading-2">{t.tags}</h2>
        <CheckboxGroup name="actionLines" label={t.actionLines} {...common} options={options.actionLines.map((l) => ({ value: l.code, label: name(l) }))} />
        <CheckboxGroup name="sectors" label={t.sectors} {...common} options={options.sectors.map((s) => ({ value: s.code, label: name(s) }))} />
        <CheckboxGroup name="provinces" label={t.provinces} {...common} options={options.provinces.map((p) => ({ value: p.code, label: p.name }))} />
        <CheckboxGroup name="consortia" label={t.consortia} {...common} options={options.consortia.map((c) => ({ value: String(c.id), label: c.name }))} />
        <SubmitButton>{t.save}</SubmitButton>
      </form>
    </PortalPage>
  );
}
