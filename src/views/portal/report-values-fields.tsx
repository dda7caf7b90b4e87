import type { FieldProblem } from '../../errors.ts';
import type { Locale } from '../../domain/format.ts';
import { breakdownKey } from '../../domain/reports/indicator-values.ts';
import { valueField } from '../../domain/reports/report-fields.ts';
import { portalCommon } from '../../i18n/portal-common.ts';
import { reportPortal } from '../../i18n/report-portal.ts';
import type { ReportIndicator } from '../../services/reports/load-report-frame.ts';
import { breakdownCategoryLabel } from './breakdown-label.ts';
import { TextField, type FormValues } from './form-controls.tsx';

/** One fieldset per indicator: the total, then each breakdown the indicator defines in a fieldset of its own. */
export function ReportValuesFields({ locale, indicators, values, problems }: { locale: Locale; indicators: ReportIndicator[]; values: FormValues; problems: FieldProblem[] }) {
  const t = reportPortal(locale);
  const c = portalCommon(locale);
  const common = { values, problems };
  const categoryLabel = (code: string, category: string) => breakdownCategoryLabel(locale, code, category);
  return (
    <>
      {indicators.filter((i) => i.kind !== 'kwalitatief').map((i) => (
        <fieldset class="pps-fieldset">
          <legend>{locale === 'nl' ? i.nameNl : i.nameEn} <span class="pps-muted">({t.unitLabel(i.unit)})</span></legend>
          <TextField name={valueField(i.id, '')} label={t.total} inputMode="numeric" size={10} {...common} />
          {i.disaggregations.map((d) => (
            <fieldset class="pps-fieldset">
              <legend>{locale === 'nl' ? d.labelNl : d.labelEn}</legend>
              {d.categories.map((cat) => (
                <TextField name={valueField(i.id, breakdownKey(d.code, cat))} label={categoryLabel(d.code, cat)} inputMode="numeric" size={10} {...common} />
              ))}
            </fieldset>
          ))}
        </fieldset>
      ))}
    </>
  );
}
