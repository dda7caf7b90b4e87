import type { FieldProblem } from '../../errors.ts';
import type { Locale } from '../../domain/format.ts';
import { targetField, targetVersionField, TARGET_PARTS } from '../../domain/consortia/grid-fields.ts';
import { consortiumPortal } from '../../i18n/consortium-portal.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { ConsortiumNav } from './consortium-nav.tsx';
import { CellInput, CsrfField, ErrorSummary, SubmitButton, valueOf, type FormValues } from './form-controls.tsx';
import { PortalPage } from './portal-page.tsx';
import { paths } from './portal-paths.ts';

export type TargetsPageProps = {
  locale: Locale; consortiumId: number; consortiumName: string; csrfToken: string;
  indicators: { id: number; name: string; unit: string }[];
  values: FormValues; problems: FieldProblem[]; message?: string; flash?: FlashKey | null;
};

export function TargetsPage(p: TargetsPageProps) {
  const t = consortiumPortal(p.locale);
  const c = portalCommon(p.locale);
  const title = t.targetsTitle(p.consortiumName);
  const columns = { baselineValue: t.colBaseline, baselineYear: t.colBaselineYear, targetValue: t.colTarget, targetYear: t.colTargetYear };
  return (
    <PortalPage locale={p.locale} title={title} path={paths.targets(p.consortiumId)} flash={p.flash}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ConsortiumNav locale={p.locale} consortiumId={p.consortiumId} current="targets" />
      <ErrorSummary title={c.errorSummaryTitle} message={p.message} problems={p.problems} />
      <p class="utrecht-paragraph">{t.targetsIntro}</p>
      <form method="post" action={paths.targets(p.consortiumId)} novalidate>
        <CsrfField token={p.csrfToken} />
        <div class="pps-grid-wrap">
          <table class="utrecht-table pps-table">
            <caption class="utrecht-table__caption">{t.targetsCaption}</caption>
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t.colIndicator}</th>
              {TARGET_PARTS.map((part) => <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{columns[part]}</th>)}
            </tr></thead>
            <tbody class="utrecht-table__body">
              {p.indicators.map((i) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {i.name} <span class="pps-muted">({i.unit})</span>
                    <input type="hidden" name={targetVersionField(i.id)} value={valueOf(p.values, targetVersionField(i.id))} />
                  </th>
                  {TARGET_PARTS.map((part) => (
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">
                      <CellInput name={targetField(i.id, part)} label={t.targetCell(i.name, columns[part])} values={p.values} problems={p.problems} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="pps-actions"><SubmitButton>{c.save}</SubmitButton></div>
      </form>
    </PortalPage>
  );
}
