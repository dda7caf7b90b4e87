import type { Locale } from '../../../domain/format.ts';
import { knowledgeMessages } from '../../../i18n/knowledge.ts';
import { localePath } from '../../../i18n/messages.ts';
import type { ItemTags } from '../../../services/knowledge/item-tags.ts';
import { searchHref } from './search-href.ts';

/** An item's tags, each a link: action lines, sectors and provinces to the search, consortia and pps'en to their pages. */
export function TagList({ locale, tags }: { locale: Locale; tags: ItemTags }) {
  const t = knowledgeMessages(locale);
  const name = (o: { nameNl: string; nameEn: string }) => (locale === 'en' ? o.nameEn : o.nameNl);
  const groups = [
    { label: t.tagActionLines, links: tags.actionLines.map((l) => ({ href: searchHref(locale, { actielijn: l.code }), text: name(l), nl: false })) },
    { label: t.tagSectors, links: tags.sectors.map((s) => ({ href: searchHref(locale, { sector: s.code }), text: name(s), nl: false })) },
    { label: t.tagProvinces, links: tags.provinces.map((p) => ({ href: searchHref(locale, { provincie: p.code }), text: p.name, nl: false })) },
    { label: t.tagConsortia, links: tags.consortia.map((c) => ({ href: localePath(locale, `/consortia/${c.slug}`), text: c.name, nl: true })) },
    { label: t.tagPps, links: tags.pps.map((p) => ({ href: localePath(locale, `/pps/${p.slug}`), text: p.name, nl: true })) },
  ].filter((g) => g.links.length);
  if (!groups.length) return null;
  return (
    <section aria-labelledby="onderwerpen">
      <h2 class="utrecht-heading-2" id="onderwerpen">{t.tagsTitle}</h2>
      <dl class="pps-knowledge-tags">
        {groups.map((g) => (
          <>
            <dt>{g.label}</dt>
            <dd><ul class="pps-inline-list">{g.links.map((l) => <li><a class="utrecht-link" href={l.href} lang={l.nl ? 'nl' : undefined}>{l.text}</a></li>)}</ul></dd>
          </>
        ))}
      </dl>
    </section>
  );
}
