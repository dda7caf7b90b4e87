import { formatEuro, type Locale } from '../../domain/format.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { ConsortiumBudget } from '../../services/public-consortia/get-consortium-budget.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

/** Planned and realised budget per action line, and planned budget per year and funding source. */
export function ConsortiumBudgetSection({ locale, budget }: { locale: Locale; budget: ConsortiumBudget }) {
  const t = publicConsortiaMessages(locale);
  const eur = (v: number) => formatEuro(v, locale);
  return (
    <section aria-labelledby="begroting">
      <h2 class="utrecht-heading-2" id="begroting">{t.budgetSection}</h2>
      <p class="utrecht-paragraph">{t.budgetIntro}</p>
      <Table locale={locale} caption={t.budgetByLineCaption}>
          <THead><Tr>
            <Th>{t.colActionLine}</Th>
            <Th numeric>{t.colPlanned}</Th>
            <Th numeric>{t.colRealised}</Th>
          </Tr></THead>
          <TBody>
            {budget.actionLines.map((l) => (
              <Tr>
                <Th row>{locale === 'en' ? l.nameEn : l.nameNl}</Th>
                <Td numeric>{eur(l.planned)}</Td>
                <Td numeric>{eur(l.realised)}</Td>
              </Tr>
            ))}
            <Tr class="pps-table__total">
              <Th row>{t.total}</Th>
              <Td numeric data-figure="begroot">{eur(budget.planned)}</Td>
              <Td numeric data-figure="gerealiseerd">{eur(budget.realised)}</Td>
            </Tr>
          </TBody>
        </Table>
      <Table locale={locale} caption={t.budgetByYearCaption}>
          <THead><Tr>
            <Th>{t.colYear}</Th>
            {budget.sources.map((s) => <Th numeric>{t.sources[s] ?? s}</Th>)}
            <Th numeric>{t.colPlanned}</Th>
            <Th numeric>{t.colRealised}</Th>
          </Tr></THead>
          <TBody>
            {budget.years.map((y) => (
              <Tr>
                <Th row>{String(y.year)}</Th>
                {budget.sources.map((s) => <Td numeric>{eur(y.planned[s])}</Td>)}
                <Td numeric>{eur(y.plannedTotal)}</Td>
                <Td numeric>{eur(y.realisedTotal)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
    </section>
  );
}
