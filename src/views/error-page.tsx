import type { Locale } from '../domain/format.ts';
import { localePath, messages } from '../i18n/messages.ts';
import { Layout } from './layout.tsx';

/** A refused field's line: its label in the page's language and the worded reason. */
export type ErrorPageProblem = { label: string; text: string };
export type ErrorPageProps = { locale: Locale; status: number; title: string; detail: string; problems?: ErrorPageProblem[] };

export function ErrorPage({ locale, status, title, detail, problems = [] }: ErrorPageProps) {
  const t = messages(locale);
  return (
    <Layout locale={locale} title={title} path="/">
      <h1 class="utrecht-heading-1">{title}</h1>
      <div class="utrecht-alert utrecht-alert--error" role="alert">
        <p class="utrecht-paragraph">{detail}</p>
        {problems.length ? (
          <ul class="utrecht-unordered-list">
            {problems.map((p) => <li class="utrecht-unordered-list__item">{p.label}: {p.text}</li>)}
          </ul>
        ) : null}
      </div>
      <p class="utrecht-paragraph pps-muted">HTTP {status}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(locale, '/')}>{t.backHome}</a>
      </p>
    </Layout>
  );
}
