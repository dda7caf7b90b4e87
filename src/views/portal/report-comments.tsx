import type { FieldProblem } from '../../errors.ts';
import type { Locale } from '../../domain/format.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import { CsrfField, SubmitButton, TextAreaField, type FormValues } from './form-controls.tsx';

export type CommentItem = { id: number; authorName: string; body: string; createdAt: Date };

const when = (d: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(d);

/** The conversation on a report between office and coordinator, with a form to add to it. */
export function ReportComments({ locale, comments, action, csrfToken, values, problems }: {
  locale: Locale; comments: CommentItem[]; action: string; csrfToken: string; values: FormValues; problems: FieldProblem[];
}) {
  const t = reportPortal(locale);
  return (
    <section aria-labelledby="opmerkingen-titel">
      <h2 class="utrecht-heading-2" id="opmerkingen-titel">{t.commentsTitle}</h2>
      {comments.length === 0 ? <p class="utrecht-paragraph">{t.noComments}</p> : (
        <ul class="pps-comments">
          {comments.map((m) => (
            <li>
              <p class="utrecht-paragraph pps-muted">{t.commentBy(m.authorName, when(m.createdAt, locale))}</p>
              <p class="utrecht-paragraph">{m.body}</p>
            </li>
          ))}
        </ul>
      )}
      <form class="pps-form" method="post" action={action} novalidate>
        <CsrfField token={csrfToken} />
        <TextAreaField name="body" label={t.commentLabel} values={values} problems={problems} rows={3} />
        <div class="pps-actions"><SubmitButton secondary>{t.postComment}</SubmitButton></div>
      </form>
    </section>
  );
}
