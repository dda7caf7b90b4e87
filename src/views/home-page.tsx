import type { Locale } from '../domain/format.ts';
import { formatMillions, formatNumber, formatPercent } from '../domain/format.ts';
import type { ProgrammeFigures } from '../domain/programme-figures.ts';
import { localePath, messages } from '../i18n/messages.ts';
import { IllustrativeNotice } from './illustrative-notice.tsx';
import { Layout } from './layout.tsx';
import { Table, THead, TBody, Tr, Th, Td } from './table.tsx';

export type HomePageProps = { locale: Locale; programmeName: string; figures: ProgrammeFigures };

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <div class="pps-figure">
      <dt class="pps-figure__label">{label}</dt>
      <dd class="pps-figure__value">{value}</dd>
    </div>
  );
}

export function HomePage({ locale, programmeName, figures: f }: HomePageProps) {
  const t = messages(locale);
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
      <IllustrativeNotice locale={locale} />
      <dl class="pps-figures" aria-label={t.homeTitle}>
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
      </p>
    </Layout>
  );
}
