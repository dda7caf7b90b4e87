import type { FieldProblem } from '../../errors.ts';
import { formatEuro, type Locale } from '../../domain/format.ts';
import { realisationField } from '../../domain/reports/report-fields.ts';
import { portalCommon } from '../../i18n/portal-common.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import type { ReportActionLine } from '../../services/reports/load-report-frame.ts';
import { CellInput, type FormValues } from './form-controls.tsx';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export type PlannedCell = { actionLineId: number; source: string; amount: number };

/** Realisation inputs: action lines down, sources across, each with that year's budget beside it. */
export function ReportRealisationTable({ locale, actionLines, sources, planned, values, problems }: {
  locale: Locale; actionLines: ReportActionLine[]; sources: readonly string[]; planned: PlannedCell[]; values: FormValues; problems: FieldProblem[];
}) {
  const t = reportPortal(locale);
  const c = portalCommon(locale);
  const plannedOf = (lineId: number, source: string) => planned.find((p) => p.actionLineId === lineId && p.source === source)?.amount ?? 0;
  return (
    <Table locale={locale} caption={t.budgetCaption}>
        <THead><Tr>
          <Th>{t.colActionLine}</Th>
          {sources.map((s) => <Th numeric>{c.sources[s] ?? s}</Th>)}
        </Tr></THead>
        <TBody>
          {actionLines.map((line) => {
            const lineName = `${line.code} ${locale === 'nl' ? line.nameNl : line.nameEn}`;
            return (
              <Tr>
                <Th row>{lineName}</Th>
                {sources.map((s) => (
                  <Td numeric>
                    <CellInput name={realisationField(line.id, s)} label={`${t.cellLabel(lineName, c.sources[s] ?? s)} (${t.plannedHint(formatEuro(plannedOf(line.id, s), locale))})`} values={values} problems={problems} />
                    <span class="pps-muted" aria-hidden="true"><br />{t.plannedHint(formatEuro(plannedOf(line.id, s), locale))}</span>
                  </Td>
                ))}
              </Tr>
            );
          })}
        </TBody>
      </Table>
  );
}
