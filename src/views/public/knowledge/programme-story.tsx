import { formatDate, formatMillions, formatNumber, type Locale } from '../../../domain/format.ts';
import { ACTION_LINE_DESCRIPTIONS_EN, programmeHomeMessages } from '../../../i18n/programme-home.ts';
import type { ProgrammeFact } from '../../../services/knowledge/list-programme-facts.ts';

/** A published figure in words: euros in millions, "400+" for a lower bound, "3×" for a factor. */
export function factValue(fact: ProgrammeFact, locale: Locale): string {
  if (fact.unit === 'euro') return formatMillions(fact.value, locale);
  if (fact.unit === 'aantal_minimaal') return `${formatNumber(fact.value, locale)}+`;
  if (fact.unit === 'factor') return `${formatNumber(fact.value, locale)}×`;
  return formatNumber(fact.value, locale);
}

/** The distinct sources of the facts, numbered in order of first use, for footnotes. */
export function footnotesOf(facts: ProgrammeFact[]): { source: string; sourceUrl: string | null; sourceDate: string }[] {
  const seen = new Map<string, { source: string; sourceUrl: string | null; sourceDate: string }>();
  for (const f of facts) if (!seen.has(`${f.source}|${f.sourceDate}`)) seen.set(`${f.source}|${f.sourceDate}`, { source: f.source, sourceUrl: f.sourceUrl, sourceDate: f.sourceDate });
  return [...seen.values()];
}

/** A figure tile with a footnote link to its source. */
export function FactTile({ locale, fact, note }: { locale: Locale; fact: ProgrammeFact; note: number }) {
  const t = programmeHomeMessages(locale);
  return (
    <div class="pps-figure">
      <dt class="pps-figure__label">
        {locale === 'en' ? fact.labelEn : fact.labelNl}
        <sup><a class="utrecht-link" href={`#bron-${note}`} id={`ref-${fact.code}`} aria-label={t.footnote(note)}>[{note}]</a></sup>
      </dt>
      <dd class="pps-figure__value">{factValue(fact, locale)}</dd>
    </div>
  );
}

export function ActionLineList({ locale, lines }: { locale: Locale; lines: { code: string; nameNl: string; nameEn: string; descriptionNl: string }[] }) {
  return (
    <dl class="pps-action-lines">
      {lines.map((l) => (
        <>
          <dt>{locale === 'en' ? l.nameEn : l.nameNl}</dt>
          <dd>{locale === 'en' ? ACTION_LINE_DESCRIPTIONS_EN[l.code] ?? '' : l.descriptionNl}</dd>
        </>
      ))}
    </dl>
  );
}

export function Footnotes({ locale, notes }: { locale: Locale; notes: ReturnType<typeof footnotesOf> }) {
  const t = programmeHomeMessages(locale);
  return (
    <section aria-labelledby="bronnen" class="pps-footnotes">
      <h2 class="utrecht-heading-2" id="bronnen">{t.sourcesTitle}</h2>
      <ol>
        {notes.map((n, i) => (
          <li id={`bron-${i + 1}`}>
            {n.sourceUrl ? <a class="utrecht-link" href={n.sourceUrl} lang="nl">{n.source}</a> : <span lang="nl">{n.source}</span>}
            {`, ${t.sourceDate} `}<time datetime={n.sourceDate}>{formatDate(n.sourceDate, locale)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}
