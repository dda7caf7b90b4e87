import type { Locale } from '../domain/format.ts';
import { localePath, messages } from '../i18n/messages.ts';
import { Layout } from './layout.tsx';

export type ErrorPageProps = { locale: Locale; status: number; title: string; detail: string };

export function ErrorPage({ locale, status, title, detail }: ErrorPageProps) {
  const t = messages(locale);
  return (
    <Layout locale={locale} title={title} path="/">
      <h1 class="utrecht-heading-1">{title}</h1>
      <div class="utrecht-alert utrecht-alert--error" role="alert">
        <p class="utrecht-paragraph">{detail}</p>
      </div>
      <p class="utrecht-paragraph pps-muted">HTTP {status}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(locale, '/')}>{t.backHome}</a>
      </p>
    </Layout>
  );
}
