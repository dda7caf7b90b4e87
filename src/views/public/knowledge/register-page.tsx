import type { Locale } from '../../../domain/format.ts';
import { formatNumber } from '../../../domain/format.ts';
import { knowledgeMessages } from '../../../i18n/knowledge.ts';
import { localePath } from '../../../i18n/messages.ts';
import type { FieldProblem } from '../../../errors.ts';
import { ErrorSummary, PostForm, SubmitButton, TextField } from '../../portal/form-controls.tsx';
import { Layout } from '../../layout.tsx';
import { knowledgePaths } from './knowledge-paths.ts';

export type RegisterPageProps = {
  locale: Locale; slug: string; title: string; csrfToken: string; retentionDays: number | null;
  values: { name?: string; email?: string; organisation?: string }; problems: FieldProblem[]; outcome?: 'aangemeld' | 'wachtlijst';
};

/** The registration form of one event, or the outcome after it was sent (seat or waiting list). */
export function RegisterPage({ locale, slug, title, csrfToken, retentionDays, values, problems, outcome }: RegisterPageProps) {
  const t = knowledgeMessages(locale);
  const back = <p class="utrecht-paragraph"><a class="utrecht-link" href={localePath(locale, knowledgePaths.item(slug))}>{t.backToItem}</a></p>;
  if (outcome) {
    return (
      <Layout locale={locale} title={outcome === 'aangemeld' ? t.registeredTitle : t.waitingTitle} path={knowledgePaths.register(slug)}>
        <h1 class="utrecht-heading-1">{outcome === 'aangemeld' ? t.registeredTitle : t.waitingTitle}</h1>
        <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{outcome === 'aangemeld' ? t.registeredText : t.waitingText}</p></div>
        {back}
      </Layout>
    );
  }
  return (
    <Layout locale={locale} title={t.registerTitle(title)} path={knowledgePaths.register(slug)}>
      <h1 class="utrecht-heading-1">{t.registerTitle(title)}</h1>
      <ErrorSummary title={t.errorSummaryTitle} problems={problems} />
      <p class="utrecht-paragraph">{retentionDays === null ? t.registerPrivacyNoRule : t.registerPrivacy(formatNumber(retentionDays, locale))}</p>
      <PostForm action={localePath(locale, knowledgePaths.register(slug))} csrfToken={csrfToken}>
        <TextField name="name" label={t.name} values={values as Record<string, string>} problems={problems} autocomplete="name" required />
        <TextField name="email" label={t.email} type="email" values={values as Record<string, string>} problems={problems} autocomplete="email" required />
        <TextField name="organisation" label={t.organisation} values={values as Record<string, string>} problems={problems} autocomplete="organization" />
        <SubmitButton>{t.registerSubmit}</SubmitButton>
      </PostForm>
      {back}
    </Layout>
  );
}
