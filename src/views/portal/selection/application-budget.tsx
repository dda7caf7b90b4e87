import type { FieldProblem } from '../../../errors.ts';
import { budgetField } from '../../../domain/consortia/grid-fields.ts';
import { formatEuro, formatNumber, formatPercent, type Locale } from '../../../domain/format.ts';
import { FUNDING_SOURCES } from '../../../domain/enums.ts';
import { applicationPortal } from '../../../i18n/application-portal.ts';
import { portalCommon } from '../../../i18n/portal-common.ts';
import type { ActionLineOption } from '../../../services/applications/get-application-form.ts';
import type { ApplicationView } from '../../../services/applications/get-application.ts';
import { Table, TBody, Td, Th, THead, Tr } from '../../table.tsx';
import { CellInput, fieldIdOf, type FormValues } from '../form-controls.tsx';
import { DataListItem } from '../../public/data-list-item.tsx';

export type ApplicationBudgetProps = {
  locale: Locale; application: ApplicationView; actionLines: ActionLineOption[]; years: number[];
  /** Editable cells with these values and problems; without them the stored amounts are shown. */
  form?: { values: FormValues; problems: FieldProblem[] };
};

/** The budget per action line (sources down, years across) and the sums the rules judge, stored values. */
export function ApplicationBudget({ locale, application, actionLines, years, form }: ApplicationBudgetProps) {
  const t = applicationPortal(locale);
  const sources = portalCommon(locale).sources;
  const stored = new Map(application.cells.map((c) => [budgetField(c.actionLineId, c.year, c.source), c.amount]));
  const cofinancing = application.totalCosts - application.requestedAmount;
  const share = application.totalCosts > 0 ? application.requestedAmount / application.totalCosts : 0;
  return (
    <section aria-labelledby={fieldIdOf('begroting')}>
      <h2 class="utrecht-heading-2" id={fieldIdOf('begroting')} tabindex={-1}>{t.budgetTitle}</h2>
      <p class="utrecht-paragraph">{t.budgetIntro}</p>
      {actionLines.map((line) => {
        const lineName = `${line.code} ${locale === 'en' ? line.nameEn : line.nameNl}`;
        const rowTotal = (source: string) => years.reduce((s, y) => s + (stored.get(budgetField(line.id, y, source)) ?? 0), 0);
        return (
          <Table locale={locale} caption={t.budgetCaption(lineName)}>
            <THead><Tr><Th>{t.colSource}</Th>{years.map((y) => <Th numeric>{y}</Th>)}<Th numeric>{t.colTotal}</Th></Tr></THead>
            <TBody>
              {FUNDING_SOURCES.map((source) => (
                <Tr>
                  <Th row>{sources[source] ?? source}</Th>
                  {years.map((year) => {
                    const name = budgetField(line.id, year, source);
                    return (
                      <Td numeric>
                        {form ? <CellInput name={name} label={t.cellLabel(lineName, sources[source] ?? source, year)} values={form.values} problems={form.problems} />
                          : formatNumber(stored.get(name) ?? 0, locale)}
                      </Td>
                    );
                  })}
                  <Td numeric>{formatNumber(rowTotal(source), locale)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        );
      })}
      <dl class="utrecht-data-list utrecht-data-list--rows pps-facts" id={fieldIdOf('gevraagdBedrag')} tabindex={-1}>
        <DataListItem label={t.requested}>{formatEuro(application.requestedAmount, locale)}</DataListItem>
        <DataListItem label={t.cofinancing}>{formatEuro(cofinancing, locale)}</DataListItem>
        <DataListItem label={t.totalCosts}>{formatEuro(application.totalCosts, locale)}</DataListItem>
        <DataListItem label={t.share}>{formatPercent(share, locale, 1)}</DataListItem>
      </dl>
    </section>
  );
}
