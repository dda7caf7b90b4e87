import { formatDate, formatDateTime, formatNumber, type Locale } from '../../../domain/format.ts';
import type { SnippetPart } from '../../../domain/knowledge/snippet.ts';
import { localePath } from '../../../i18n/messages.ts';
import { knowledgeMessages } from '../../../i18n/knowledge.ts';
import type { KnowledgeCard } from '../../../services/knowledge/public-items.ts';
import { knowledgePaths } from './knowledge-paths.ts';

export type ItemCardProps = { locale: Locale; item: KnowledgeCard; snippet?: SnippetPart[]; headingLevel?: 2 | 3 };

/** One item in a list: title, kind, date, sources, reading time and teaser (or the search snippet with its hits marked). */
export function ItemCard({ locale, item, snippet, headingLevel = 3 }: ItemCardProps) {
  const t = knowledgeMessages(locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="pps-knowledge-card">
      <Heading class={`utrecht-heading-${headingLevel} pps-knowledge-card__title`}>
        <a class="utrecht-link" href={localePath(locale, knowledgePaths.item(item.slug))} lang="nl">{item.title}</a>
      </Heading>
      <p class="pps-knowledge-card__meta">
        <span class="pps-tag">{t.kinds[item.kind]}</span>
        {item.kind === 'evenement' && item.startsAt
          ? <time datetime={item.startsAt.toISOString()}>{formatDateTime(item.startsAt, locale)}</time>
          : <time datetime={item.publishedOn}>{formatDate(item.publishedOn, locale)}</time>}
        {item.sourceTags.length ? <span lang="nl">{item.sourceTags.join(', ')}</span> : null}
        <span><span class="pps-visually-hidden">{t.readingTimeLabel}: </span>{t.readingTime(formatNumber(item.readingMinutes, locale))}</span>
        {item.isIllustrative ? <span class="pps-tag pps-tag--illustrative">{t.illustrative}</span> : null}
      </p>
      <p class="utrecht-paragraph pps-knowledge-card__teaser" lang="nl">
        {snippet?.length ? snippet.map((part) => (part.isHit ? <mark>{part.text}</mark> : part.text)) : item.summary}
      </p>
    </article>
  );
}

/** A list of cards under a heading, or a line that there are none. */
export function ItemList({ locale, items, empty }: { locale: Locale; items: KnowledgeCard[]; empty?: string }) {
  if (!items.length) return empty ? <p class="utrecht-paragraph">{empty}</p> : null;
  return (
    <ul class="pps-knowledge-list">
      {items.map((item) => <li><ItemCard locale={locale} item={item} /></li>)}
    </ul>
  );
}
