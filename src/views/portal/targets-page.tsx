import type { ErrorValues, FieldProblem } from '../../errors.ts';
import type { Locale } from '../../domain/format.ts';
import { targetField, targetVersionField, TARGET_PARTS } from '../../domain/consortia/grid-fields.ts';
import { consortiumPortal } from '../../i18n/consortium-portal.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { ConsortiumNav } from './consortium-nav.tsx';
import { CellInput, CsrfField, ErrorSummary, SubmitButton, valueOf, type FormValues } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { paths } from './portal-paths.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export type TargetsPageProps = {
  locale: Locale; consortiumId: number; consortiumName: string; csrfToken: string;
  indicators: { id: number; name: string; unit: string }[];
  values: FormValues; problems: FieldProblem[]; message?: string; messageValues?: ErrorValues | undefined; flash?: FlashKey | null;
};

export function TargetsPage(p: TargetsPageProps & PortalProps) {
  const t = consortiumPortal(p.locale);
  const c = portalCommon(p.locale);
  const title = t.targetsTitle(p.consortiumName);
  const columns = { baselineValue: t.colBaseline, baselineYear: t.colBaselineYear, targetValue: t.colTarget, targetYear: t.colTargetYear };
  return (
    <PortalPage portal={p.portal} title={title} flash={p.flash}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ConsortiumNav locale={p.locale} consortiumId={p.consortiumId} current="targets" />
      <ErrorSummary title={c.errorSummaryTitle} message={p.message} messageValues={p.messageValues} problems={p.problems} />
      <p class="utrecht-paragraph">{t.targetsIntro}</p>
      <form method="post" action={paths.targets(p.consortiumId)} novalidate>
        <CsrfField token={p.csrfToken} />
        <Table locale={p.locale} caption={t.targetsCaption}>
            <THead><Tr>
              <Th>{t.colIndicator}</Th>
              {TARGET_PARTS.map((part) => <Th numeric>{columns[part]}</Th>)}
            </Tr></THead>
            <TBody>
              {p.indicators.map((i) => (
                <Tr>
                  <Th row>
                    {i.name} <span class="pps-muted">({i.unit})</span>
                    <input type="hidden" name={targetVersionField(i.id)} value={valueOf(p.values, targetVersionField(i.id))} />
                  </Th>
                  {TARGET_PARTS.map((part) => (
                    <Td numeric>
                      <CellInput name={targetField(i.id, part)} label={t.targetCell(i.name, columns[part])} values={p.values} problems={p.problems} />
                    </Td>
                  ))}
                </Tr>
              ))}
            </TBody>
          </Table>
        <div class="pps-actions"><SubmitButton>{c.save}</SubmitButton></div>
      </form>
    </PortalPage>
  );
}
