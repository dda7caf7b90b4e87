import type { Locale } from '../domain/format.ts';
import { formatMillions, formatNumber, formatPercent } from '../domain/format.ts';
import type { ProgrammeFigures } from '../domain/programme-figures.ts';
import { localePath, messages } from '../i18n/messages.ts';
import { programmeHomeMessages } from '../i18n/programme-home.ts';
import { knowledgeMessages } from '../i18n/knowledge.ts';
import type { ActionLineSummary } from '../services/action-lines/list-action-lines.ts';
import type { ProgrammeFact } from '../services/knowledge/list-programme-facts.ts';
import type { KnowledgeCard } from '../services/knowledge/public-items.ts';
import { IllustrativeNotice } from './illustrative-notice.tsx';
import { Layout } from './layout.tsx';
import { ItemList } from './public/knowledge/item-card.tsx';
import { ActionLineList, FactTile, footnotesOf, Footnotes } from './public/knowledge/programme-story.tsx';
import { Table, THead, TBody, Tr, Th, Td } from './table.tsx';

export type HomePageProps = {
  locale: Locale; programmeName: string; figures: ProgrammeFigures;
  facts: ProgrammeFact[]; actionLines: ActionLineSummary[]; news: KnowledgeCard[]; events: KnowledgeCard[];
};

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <div class="pps-figure">
      <dt class="pps-figure__label">{label}</dt>
      <dd class="pps-figure__value">{value}</dd>
    </div>
  );
}

export function HomePage({ locale, programmeName, figures: f, facts, actionLines, news, events }: HomePageProps) {
  const t = messages(locale);
  const p = programmeHomeMessages(locale);
  const k = knowledgeMessages(locale);
  const notes = footnotesOf(facts);
  const noteOf = (fact: ProgrammeFact) => notes.findIndex((n) => n.source === fact.source && n.sourceDate === fact.sourceDate) + 1;
  const pick = (...codes: string[]) => facts.filter((x) => codes.includes(x.code));
  const tiles = (list: ProgrammeFact[]) => (
    <dl class="pps-figures">{list.map((fact) => <FactTile locale={locale} fact={fact} note={noteOf(fact)} />)}</dl>
  );
  const m = (v: number | null) => (v === null ? '–' : formatMillions(v, locale));
  const rows: [string, string][] = [
    [t.figAwarded, m(f.toegekendBedrag)],
    [t.figShareOfCosts, formatPercent(f.aandeelTotaleKosten, locale)],
    [t.figBusiness, m(f.cofinancieringBedrijfsleven)],
    [t.figLowest, m(f.laagsteToekenning)],
    [t.figHighest, m(f.hoogsteToekenning)],
    [t.figAverage, m(f.gemiddeldeToekenning)],
    [t.figApplications, formatNumber(f.aantalAanvragen, locale)],
    [t.figHonoured, formatNumber(f.aantalGehonoreerd, locale)],
    [t.figRequested, m(f.aangevraagdBedrag)],
    [t.figBudget, m(f.budgetplafond)],
  ];
  return (
    <Layout locale={locale} title={t.homeTitle} path="/">
      <h1 class="utrecht-heading-1">{t.homeTitle}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{programmeName}. {t.homeIntro}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--secondary-action" href={localePath(locale, '/inloggen')}>{p.signIn}</a>
      </p>
      <IllustrativeNotice locale={locale} />
      <h2 class="utrecht-heading-2">{p.aboutTitle}</h2>
      <p class="utrecht-paragraph">{p.about}</p>
      <h3 class="utrecht-heading-3">{p.planTitle}</h3>
      {tiles(pick('budget_plan', 'awarded_july_2023'))}
      <h3 class="utrecht-heading-3">{p.startTitle}</h3>
      {tiles(pick('pps_count', 'companies', 'teachers', 'students'))}
      <h3 class="utrecht-heading-3">{p.ambitionTitle}</h3>
      {tiles(pick('reach_multiplier'))}
      <h2 class="utrecht-heading-2">{p.computedTitle}</h2>
      <dl class="pps-figures" aria-label={p.computedTitle}>
        <Figure value={m(f.toegekendBedrag)} label={`${t.figAwarded}: ${formatPercent(f.aandeelTotaleKosten, locale)} ${t.figShareOfCosts}`} />
        <Figure value={m(f.cofinancieringBedrijfsleven)} label={t.figBusiness} />
        <Figure value={m(f.laagsteToekenning)} label={t.figLowest} />
        <Figure value={m(f.hoogsteToekenning)} label={t.figHighest} />
        <Figure value={m(f.gemiddeldeToekenning)} label={t.figAverage} />
        <Figure value={formatNumber(f.aantalAanvragen, locale)} label={t.figApplications} />
        <Figure value={formatNumber(f.aantalGehonoreerd, locale)} label={t.figHonoured} />
      </dl>
      <h2 class="utrecht-heading-2">{t.figInvestmentTitle}</h2>
      <p class="utrecht-paragraph">{t.figInvestment(formatPercent(f.matchingAandeel, locale), m(f.totaleInvestering))}</p>
      <details class="pps-details">
        <summary>{t.figTableCaption}</summary>
        <Table locale={locale} caption={t.figTableCaption}>
          <THead>
            <Tr>
              <Th>{t.figColFigure}</Th>
              <Th numeric>{t.figColValue}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map(([label, value]) => (
              <Tr>
                <Th row>{label}</Th>
                <Td numeric>{value}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </details>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/api/v1/kerncijfers">{t.figApiLink}</a>
        {' · '}
        <a class="utrecht-link" href="/api/v1/programmafeiten">{p.factsApi}</a>
      </p>
      <h2 class="utrecht-heading-2">{p.actionLinesTitle}</h2>
      <p class="utrecht-paragraph">{p.actionLinesIntro}</p>
      <ActionLineList locale={locale} lines={actionLines} />
      <h2 class="utrecht-heading-2">{p.officeTitle}</h2>
      <p class="utrecht-paragraph">{p.office}</p>
      <div class="pps-home-columns">
        <section aria-labelledby="nieuws">
          <h2 class="utrecht-heading-2" id="nieuws">{p.newsTitle}</h2>
          <ItemList locale={locale} items={news} />
        </section>
        <section aria-labelledby="evenementen">
          <h2 class="utrecht-heading-2" id="evenementen">{p.eventsTitle}</h2>
          <ItemList locale={locale} items={events} empty={p.noEvents} />
        </section>
      </div>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={localePath(locale, '/kennisbank')}>{p.allKnowledge}</a></p>
      <Footnotes locale={locale} notes={notes} />
    </Layout>
  );
}
