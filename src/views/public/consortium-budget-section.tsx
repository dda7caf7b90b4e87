import { formatEuro, type Locale } from '../../domain/format.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';
import type { ConsortiumBudget } from '../../services/public-consortia/get-consortium-budget.ts';

/** Planned and realised budget per action line, and planned budget per year and funding source. */
export function ConsortiumBudgetSection({ locale, budget }: { locale: Locale; budget: ConsortiumBudget }) {
  const t = publicConsortiaMessages(locale);
  const eur = (v: number) => formatEuro(v, locale);
  const th = 'utrecht-table__header-cell';
  const thNum = `${th} utrecht-table__header-cell--numeric`;
  const num = 'utrecht-table__cell utrecht-table__cell--numeric';
  return (
    <section aria-labelledby="begroting">
      <h2 class="utrecht-heading-2" id="begroting">{t.budgetSection}</h2>
      <p class="utrecht-paragraph">{t.budgetIntro}</p>
      <div class="pps-grid-wrap">
        <table class="utrecht-table pps-table">
          <caption class="utrecht-table__caption">{t.budgetByLineCaption}</caption>
          <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class={th} scope="col">{t.colActionLine}</th>
            <th class={thNum} scope="col">{t.colPlanned}</th>
            <th class={thNum} scope="col">{t.colRealised}</th>
          </tr></thead>
          <tbody class="utrecht-table__body">
            {budget.actionLines.map((l) => (
              <tr class="utrecht-table__row">
                <th class={th} scope="row">{locale === 'en' ? l.nameEn : l.nameNl}</th>
                <td class={num}>{eur(l.planned)}</td>
                <td class={num}>{eur(l.realised)}</td>
              </tr>
            ))}
            <tr class="utrecht-table__row pps-table__total">
              <th class={th} scope="row">{t.total}</th>
              <td class={num} data-figure="begroot">{eur(budget.planned)}</td>
              <td class={num} data-figure="gerealiseerd">{eur(budget.realised)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div class="pps-grid-wrap">
        <table class="utrecht-table pps-table">
          <caption class="utrecht-table__caption">{t.budgetByYearCaption}</caption>
          <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class={th} scope="col">{t.colYear}</th>
            {budget.sources.map((s) => <th class={thNum} scope="col">{t.sources[s] ?? s}</th>)}
            <th class={thNum} scope="col">{t.colPlanned}</th>
            <th class={thNum} scope="col">{t.colRealised}</th>
          </tr></thead>
          <tbody class="utrecht-table__body">
            {budget.years.map((y) => (
              <tr class="utrecht-table__row">
                <th class={th} scope="row">{String(y.year)}</th>
                {budget.sources.map((s) => <td class={num}>{eur(y.planned[s])}</td>)}
                <td class={num}>{eur(y.plannedTotal)}</td>
                <td class={num}>{eur(y.realisedTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
