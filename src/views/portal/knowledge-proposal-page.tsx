import type { Locale } from '../../domain/format.ts';
import type { FieldProblem } from '../../errors.ts';
import { knowledgeMessages } from '../../i18n/knowledge.ts';
import { knowledgePortalMessages, type KnowledgeFlash } from '../../i18n/knowledge-portal.ts';
import { localePath } from '../../i18n/messages.ts';
import { CsrfField, ErrorSummary, Flash, SelectField, SubmitButton, TextAreaField, TextField, type FormValues } from './form-controls.tsx';
import { knowledgePortalPaths as paths } from './knowledge-paths.ts';
import { PortalPage, type PortalProps } from './portal-page.tsx';

export type KnowledgeProposalPageProps = {
  locale: Locale; pps: { id: number; name: string }[]; csrfToken: string; values: FormValues; problems: FieldProblem[];
  message?: string; flash: KnowledgeFlash | null;
};

/** A coordinator proposes a good practice of one of their own pps'en; the office reviews and publishes it. */
export function KnowledgeProposalPage({ portal, locale, pps, csrfToken, values, problems, message, flash }: KnowledgeProposalPageProps & PortalProps) {
  const t = knowledgePortalMessages(locale);
  const k = knowledgeMessages(locale);
  const common = { values, problems };
  return (
    <PortalPage portal={portal} title={t.proposeTitle}>
      <Flash text={flash ? t.flash[flash] : null} />
      <h1 class="utrecht-heading-1">{t.proposeTitle}</h1>
      <p class="utrecht-paragraph">{t.proposeIntro}</p>
      {pps.length === 0 ? <p class="utrecht-paragraph">{t.noPps}</p> : (
        <>
          <ErrorSummary title={k.errorSummaryTitle} message={message} problems={problems} />
          <form method="post" action={localePath(locale, paths.propose)} novalidate>
            <CsrfField token={csrfToken} />
            <SelectField name="ppsId" label={t.ppsLabel} {...common} options={pps.map((p) => ({ value: String(p.id), label: p.name }))} />
            <TextField name="title" label={t.title} {...common} required />
            <TextAreaField name="summary" label={t.summary} {...common} rows={3} required />
            <TextAreaField name="body" label={t.body} hint={t.bodyHint} {...common} rows={10} required />
            <TextAreaField name="results" label={t.results} {...common} rows={5} />
            <TextField name="contact" label={t.contact} {...common} required />
            <SubmitButton>{t.proposeSubmit}</SubmitButton>
          </form>
        </>
      )}
    </PortalPage>
  );
}
