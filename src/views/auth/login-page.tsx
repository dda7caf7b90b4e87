import type { Locale } from '../../domain/format.ts';
import { authMessages } from '../../i18n/auth.ts';
import { localePath } from '../../i18n/messages.ts';
import type { FieldProblem } from '../../errors.ts';
import { ErrorSummary, Flash, PostForm, SubmitButton, TextField } from '../portal/form-controls.tsx';
import { Layout } from '../layout.tsx';

export type DemoAccount = { email: string; role: 'demoOffice' | 'demoAssessor' | 'demoCoordinator' | 'demoApplicant' };

export type LoginPageProps = {
  locale: Locale; csrfToken: string; email: string; problems: FieldProblem[]; notice?: string | null; returnPath: string;
  oidcLabel?: string; demo?: { password: string; accounts: DemoAccount[] };
};

export function LoginPage({ locale, csrfToken, email, problems, notice, returnPath, oidcLabel, demo }: LoginPageProps) {
  const t = authMessages(locale);
  const back = returnPath === '/portaal' ? '' : `?terug=${encodeURIComponent(returnPath)}`;
  return (
    <Layout locale={locale} title={t.loginTitle} path="/inloggen">
      <h1 class="utrecht-heading-1">{t.loginTitle}</h1>
      <Flash tone="info" text={notice} />
      <ErrorSummary title={t.errorSummaryTitle} problems={problems} />
      <p class="utrecht-paragraph">{t.loginIntro}</p>
      {oidcLabel ? (
        <section aria-labelledby="instelling-titel">
          <h2 class="utrecht-heading-2" id="instelling-titel">{t.oidcButton(oidcLabel)}</h2>
          <p class="utrecht-paragraph">{t.oidcIntro}</p>
          <PostForm action={`${localePath(locale, '/inloggen/oidc')}${back}`} csrfToken={csrfToken}>
            <SubmitButton secondary>{t.oidcButton(oidcLabel)}</SubmitButton>
          </PostForm>
          <h2 class="utrecht-heading-2">{t.orPassword}</h2>
        </section>
      ) : null}
      <PostForm action={`${localePath(locale, '/inloggen')}${back}`} csrfToken={csrfToken} class="pps-form">
        <TextField values={{ email }} problems={problems} name="email" label={t.email} type="email" autocomplete="username" required />
        <TextField values={{}} problems={problems} name="password" label={t.password} type="password" autocomplete="current-password" required />
        <div><SubmitButton>{t.loginButton}</SubmitButton></div>
      </PostForm>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(locale, '/wachtwoord-vergeten')}>{t.forgotLink}</a>
      </p>
      {demo ? (
        <section class="utrecht-alert utrecht-alert--info pps-demo-accounts" aria-labelledby="voorbeeldaccounts">
          <h2 class="utrecht-heading-3" id="voorbeeldaccounts">{t.demoTitle}</h2>
          <p class="utrecht-paragraph">{t.demoIntro(demo.password)}</p>
          <ul class="utrecht-unordered-list">
            {demo.accounts.map((a) => (
              <li class="utrecht-unordered-list__item"><code>{a.email}</code> ({t[a.role]})</li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
