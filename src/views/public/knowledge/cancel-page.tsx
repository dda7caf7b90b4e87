import type { Locale } from '../../../domain/format.ts';
import { knowledgeMessages } from '../../../i18n/knowledge.ts';
import { localePath } from '../../../i18n/messages.ts';
import { PostForm, SubmitButton } from '../../portal/form-controls.tsx';
import { Layout } from '../../layout.tsx';
import { knowledgePaths } from './knowledge-paths.ts';

export type CancelPageProps = {
  locale: Locale; token: string; csrfToken: string;
  state: 'confirm' | 'done' | 'already' | 'unknown'; eventTitle?: string; eventSlug?: string;
};

/** The page behind the mailed link: confirm with a button (a GET never cancels), then the outcome. */
export function CancelPage({ locale, token, csrfToken, state, eventTitle, eventSlug }: CancelPageProps) {
  const t = knowledgeMessages(locale);
  const title = state === 'done' ? t.cancelledTitle : t.cancelTitle;
  return (
    <Layout locale={locale} title={title} path={knowledgePaths.cancel(token)}>
      <h1 class="utrecht-heading-1">{title}</h1>
      {state === 'confirm' && eventTitle ? (
        <PostForm action={localePath(locale, knowledgePaths.cancel(token))} csrfToken={csrfToken}>
          <p class="utrecht-paragraph">{t.cancelText(eventTitle)}</p>
          <SubmitButton>{t.cancelSubmit}</SubmitButton>
        </PostForm>
      ) : null}
      {state === 'done' ? <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{t.cancelledText}</p></div> : null}
      {state === 'already' ? <p class="utrecht-paragraph">{t.alreadyCancelled}</p> : null}
      {state === 'unknown' ? <p class="utrecht-paragraph">{t.cancelUnknown}</p> : null}
      {eventSlug ? <p class="utrecht-paragraph"><a class="utrecht-link" href={localePath(locale, knowledgePaths.item(eventSlug))}>{t.backToItem}</a></p> : null}
    </Layout>
  );
}
