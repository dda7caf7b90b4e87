import type { FieldProblem } from '../../../errors.ts';
import { formatEuro, type Locale } from '../../../domain/format.ts';
import { localePath } from '../../../i18n/messages.ts';
import { selectionMessages } from '../../../i18n/selection.ts';
import type { AssessmentView } from '../../../services/assessments/get-assessment.ts';
import { PostForm } from '../form-controls.tsx';
import { ErrorSummary, Flash, SubmitButton, TextAreaField, TextField, type FormValues } from '../form-controls.tsx';
import { PortalPage, type PortalSession } from '../portal-page.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../../table.tsx';
import { DataListItem } from '../../public/data-list-item.tsx';

export type AssessmentPageProps = { portal: PortalSession; view: AssessmentView; values: FormValues; problems: FieldProblem[]; message?: string; flash: string | null };

/** Declare first; then the plan and one score with motivation per criterion; others' scores only after submitting. */
export function AssessmentPage({ portal, view, values, problems, message, flash }: AssessmentPageProps) {
  const { locale } = portal;
  const t = selectionMessages(locale);
  const a = view.application;
  const name = (c: { nameNl: string; nameEn: string }) => (locale === 'en' ? c.nameEn : c.nameNl);
  const base = localePath(locale, `/portaal/beoordelingen/${view.assignment.id}`);
  return (
    <PortalPage portal={portal} title={t.assessmentTitle(a.reference)}>
      <h1 class="utrecht-heading-1">{t.assessmentTitle(a.reference)}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{a.title}</p>
      <Flash text={flash} />
      <ErrorSummary title={t.problemsTitle} message={message} problems={problems} />
      {view.assignment.status === 'toegewezen' ? (
        <section aria-labelledby="verklaring">
          <h2 class="utrecht-heading-2" id="verklaring">{t.declareTitle}</h2>
          <p class="utrecht-paragraph">{t.declareText}</p>
          <PostForm action={`${base}/verklaring`} csrfToken={portal.csrfToken}>
            <input type="hidden" name="version" value={String(view.assignment.version)} />
            <div class="pps-actions">
              <SubmitButton name="conflict" value="nee">{t.declareNone}</SubmitButton>{' '}
              <SubmitButton secondary name="conflict" value="ja">{t.declareConflict}</SubmitButton>
            </div>
          </PostForm>
        </section>
      ) : (
        <>
          <section aria-labelledby="plan">
            <h2 class="utrecht-heading-2" id="plan">{t.planTitle}</h2>
            <dl class="utrecht-data-list utrecht-data-list--rows pps-facts">
              <DataListItem label={t.requested}>{formatEuro(a.requestedAmount ?? 0, locale)}</DataListItem>
              <DataListItem label={t.totalCosts}>{formatEuro(a.totalCosts ?? 0, locale)}</DataListItem>
              <DataListItem label={t.partners}>{(a.partners ?? []).map((p) => p.name).join(', ')}</DataListItem>
              <DataListItem label={t.ppsNames}>{(a.ppsNames ?? []).join(', ')}</DataListItem>
            </dl>
            {(a.plans ?? []).map((p) => <p class="utrecht-paragraph">{p.text}</p>)}
          </section>
          {view.assignment.status === 'geen_conflict' ? (
            <section aria-labelledby="scores">
              <h2 class="utrecht-heading-2" id="scores">{t.scoreTitle}</h2>
              <PostForm action={`${base}/scores`} csrfToken={portal.csrfToken}>
                <input type="hidden" name="version" value={String(view.assignment.version)} />
                {view.criteria.map((c) => (
                  <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
                    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{name(c)}</legend>
                    <TextField name={`score.${c.id}`} label={t.score(view.scale.min, view.scale.max)} values={values} problems={problems} inputMode="numeric" size={3} required />
                    <TextAreaField name={`motivering.${c.id}`} label={t.motivation} values={values} problems={problems} rows={3} required />
                  </fieldset>
                ))}
                <SubmitButton>{t.submitScores}</SubmitButton>
              </PostForm>
              <p class="utrecht-paragraph">{t.othersHidden}</p>
            </section>
          ) : (
            <section aria-labelledby="uitslag">
              <h2 class="utrecht-heading-2" id="uitslag">{t.ownScores}</h2>
              <ScoreTable locale={locale} criteria={view.criteria} scores={view.own} caption={t.ownScores} />
              <h2 class="utrecht-heading-2">{t.otherScores}</h2>
              {view.others.map((o) => <ScoreTable locale={locale} criteria={view.criteria} scores={o.scores} caption={o.assessor} />)}
            </section>
          )}
        </>
      )}
    </PortalPage>
  );
}

function ScoreTable({ locale, criteria, scores, caption }: { locale: Locale; criteria: AssessmentView['criteria']; scores: AssessmentView['own']; caption: string }) {
  const t = selectionMessages(locale);
  return (
    <Table locale={locale} caption={<>{caption}</>}>
      <THead><Tr>
        <Th>{t.colCriterion}</Th>
        <Th>{t.colScore}</Th>
        <Th>{t.motivation}</Th>
      </Tr></THead>
      <TBody>
        {scores.map((s) => {
          const c = criteria.find((x) => x.id === s.criterionId);
          return (
            <Tr>
              <Th row>{c ? (locale === 'en' ? c.nameEn : c.nameNl) : s.criterionId}</Th>
              <Td>{s.score}</Td>
              <Td>{s.motivation}</Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
