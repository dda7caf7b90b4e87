import type { Locale } from '../../../domain/format.ts';
import { knowledgeMessages } from '../../../i18n/knowledge.ts';
import type { KnowledgeCard } from '../../../services/knowledge/public-items.ts';
import { ItemList } from './item-card.tsx';

/** The knowledge items tagged with a consortium or pps, for its public page. */
export function ItemsSection({ locale, items }: { locale: Locale; items: KnowledgeCard[] }) {
  const t = knowledgeMessages(locale);
  return (
    <section aria-labelledby="kennis">
      <h2 class="utrecht-heading-2" id="kennis">{t.itemsOfTitle}</h2>
      <ItemList locale={locale} items={items} empty={t.noItemsOf} />
    </section>
  );
}
