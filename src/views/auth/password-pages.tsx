import type { Locale } from '../../domain/format.ts';
import { authMessages } from '../../i18n/auth.ts';
import { localePath } from '../../i18n/messages.ts';
import type { FieldProblem } from '../../errors.ts';
import { ErrorSummary, Flash, PostForm, SubmitButton, TextField } from '../portal/form-controls.tsx';
import { Layout } from '../layout.tsx';

export type ForgotPasswordPageProps = { locale: Locale; csrfToken: string; email: string; sent: boolean; problems?: FieldProblem[] };

export function ForgotPasswordPage({ locale, csrfToken, email, sent, problems = [] }: ForgotPasswordPageProps) {
  const t = authMessages(locale);
  return (
    <Layout locale={locale} title={t.forgotTitle} path="/wachtwoord-vergeten">
      <h1 class="utrecht-heading-1">{t.forgotTitle}</h1>
      <Flash tone="info" text={sent ? t.forgotSent : null} />
      <p class="utrecht-paragraph">{t.forgotIntro}</p>
      <PostForm action={localePath(locale, '/wachtwoord-vergeten')} csrfToken={csrfToken} class="pps-form">
        <TextField values={{ email }} problems={problems} name="email" label={t.email} type="email" autocomplete="username" required />
        <div><SubmitButton>{t.forgotButton}</SubmitButton></div>
      </PostForm>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={localePath(locale, '/inloggen')}>{t.backToLogin}</a></p>
    </Layout>
  );
}

export type NewPasswordPageProps = {
  locale: Locale; csrfToken: string; title: string; intro: string | null; action: string | null; problems: FieldProblem[];
  /** Invitations also ask for a name. */
  name?: { value: string } | undefined; invalidText: string; button: string; path: string;
  /** Invitations may be accepted through the federation (SURFconext, Entree) instead of with a password. */
  oidc?: { label: string; action: string } | undefined;
};

/** Choosing a password by a one-time link: password reset and accepting an invitation. */
export function NewPasswordPage({ locale, csrfToken, title, intro, action, problems, name, invalidText, button, path, oidc }: NewPasswordPageProps) {
  const t = authMessages(locale);
  return (
    <Layout locale={locale} title={title} path={path}>
      <h1 class="utrecht-heading-1">{title}</h1>
      {action === null ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert"><p class="utrecht-paragraph">{invalidText}</p></div>
      ) : (
        <>
          <ErrorSummary title={t.errorSummaryTitle} problems={problems} />
          {intro ? <p class="utrecht-paragraph">{intro}</p> : null}
          <PostForm action={action} csrfToken={csrfToken} class="pps-form">
            {name ? <TextField values={{ name: name.value }} problems={problems} name="name" label={t.name} autocomplete="name" required /> : null}
            <TextField values={{}} problems={problems} name="password" label={t.newPassword} type="password" hint={t.newPasswordHint} autocomplete="new-password" required />
            <TextField values={{}} problems={problems} name="confirmation" label={t.confirmPassword} type="password" autocomplete="new-password" required />
            <div><SubmitButton>{button}</SubmitButton></div>
          </PostForm>
          {oidc ? (
            <section aria-labelledby="instelling-titel">
              <h2 class="utrecht-heading-2" id="instelling-titel">{t.inviteOidc(oidc.label)}</h2>
              <p class="utrecht-paragraph">{t.inviteOidcIntro}</p>
              <PostForm action={oidc.action} csrfToken={csrfToken}>
                <SubmitButton secondary>{t.oidcButton(oidc.label)}</SubmitButton>
              </PostForm>
            </section>
          ) : null}
        </>
      )}
      <p class="utrecht-paragraph"><a class="utrecht-link" href={localePath(locale, action === null ? '/wachtwoord-vergeten' : '/inloggen')}>{action === null ? t.forgotTitle : t.backToLogin}</a></p>
    </Layout>
  );
}
