import type { RuleOutcome } from '../../../domain/rules/index.ts';
import type { Locale } from '../../../domain/format.ts';
import { applicationPortal } from '../../../i18n/application-portal.ts';
import { describeOutcome } from '../../../i18n/rules.ts';
import { fieldIdOf } from '../form-controls.tsx';

/** Every rule of the round on the saved application: passed or not, with its numbers, linked to the field it concerns. */
export function ApplicationRules({ locale, outcomes }: { locale: Locale; outcomes: RuleOutcome[] }) {
  const t = applicationPortal(locale);
  if (outcomes.length === 0) return null;
  return (
    <section aria-labelledby="regeltoets" class="pps-rule-check">
      <h2 class="utrecht-heading-2" id="regeltoets">{t.rulesTitle}</h2>
      <p class="utrecht-paragraph">{t.rulesIntro}</p>
      <ul class="utrecht-unordered-list">
        {outcomes.map((o) => {
          const verdict = o.passed ? t.rulePassed : o.severity === 'fout' ? t.ruleFailed : t.ruleSignal;
          const text = describeOutcome(o, locale);
          return (
            <li class={`utrecht-unordered-list__item pps-rule pps-rule--${o.passed ? 'ok' : o.severity}`} data-rule={o.rule}>
              <strong>{verdict}:</strong> {o.passed || !o.field ? text : <a class="utrecht-link" href={`#${fieldIdOf(o.field)}`}>{text}</a>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
