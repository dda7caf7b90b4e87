import { raw } from 'hono/html';
import { formatDate, formatNumber, type Locale } from '../../../domain/format.ts';
import { knowledgeMessages } from '../../../i18n/knowledge.ts';
import type { PublicKnowledgeItem } from '../../../services/knowledge/get-public-item.ts';
import type { KnowledgeCard } from '../../../services/knowledge/public-items.ts';
import { Layout } from '../../layout.tsx';
import { Breadcrumbs } from '../breadcrumbs.tsx';
import { EventDetails } from './event-details.tsx';
import { ItemList } from './item-card.tsx';
import { knowledgePaths } from './knowledge-paths.ts';
import { TagList } from './tag-list.tsx';

export type KnowledgeItemPageProps = { locale: Locale; item: PublicKnowledgeItem; related: KnowledgeCard[]; isOpen: boolean };

/** One item: its Dutch text (sanitised HTML), date, sources, reading time, tags, event details and related items. */
export function KnowledgeItemPage({ locale, item, related, isOpen }: KnowledgeItemPageProps) {
  const t = knowledgeMessages(locale);
  return (
    <Layout locale={locale} title={item.title} path={knowledgePaths.item(item.slug)}>
      <Breadcrumbs locale={locale} items={[{ label: t.title, path: knowledgePaths.search }, { label: t.kinds[item.kind] }]} />
      <h1 class="utrecht-heading-1" lang="nl">{item.title}</h1>
      <p class="pps-knowledge-card__meta">
        <span class="pps-tag">{t.kinds[item.kind]}</span>
        <span>{t.published} <time datetime={item.publishedOn}>{formatDate(item.publishedOn, locale)}</time></span>
        {item.sourceTags.length ? <span>{t.sources}: <span lang="nl">{item.sourceTags.join(', ')}</span></span> : null}
        <span>{t.readingTimeLabel}: {t.readingTime(formatNumber(item.readingMinutes, locale))}</span>
        {item.isIllustrative ? <span class="pps-tag pps-tag--illustrative">{t.illustrative}</span> : null}
      </p>
      {t.contentLanguageNote ? <p class="utrecht-paragraph"><em>{t.contentLanguageNote}</em></p> : null}
      {item.summary ? <p class="utrecht-paragraph utrecht-paragraph--lead" lang="nl">{item.summary}</p> : null}
      {item.kind === 'evenement' ? <EventDetails locale={locale} item={item} isOpen={isOpen} /> : null}
      {/* Rendered from Markdown and sanitised by an allowlist in the domain (renderMarkdown). */}
      <div class="pps-knowledge-body" lang="nl">{raw(item.html)}</div>
      {item.url ? <p class="utrecht-paragraph"><a class="utrecht-link" href={item.url}>{t.document}</a></p> : null}
      {item.resultsHtml ? <section aria-labelledby="resultaten"><h2 class="utrecht-heading-2" id="resultaten">{t.resultsTitle}</h2><div class="pps-knowledge-body" lang="nl">{raw(item.resultsHtml)}</div></section> : null}
      {item.contact ? <section aria-labelledby="contact"><h2 class="utrecht-heading-2" id="contact">{t.contactTitle}</h2><p class="utrecht-paragraph" lang="nl">{item.contact}</p></section> : null}
      <TagList locale={locale} tags={item.tags} />
      {related.length ? (
        <section aria-labelledby="gerelateerd">
          <h2 class="utrecht-heading-2" id="gerelateerd">{t.relatedTitle}</h2>
          <ItemList locale={locale} items={related} />
        </section>
      ) : null}
    </Layout>
  );
}
