import { formatDate, formatEuro, formatMillionsShort, formatNumber, formatPercent, type Locale } from '../domain/format.ts';
import type { MessageValues, RuleOutcome } from '../domain/rules/outcome.ts';
import { defineMessages } from './messages.ts';

type Fmt = { money: (n: number) => string; pct: (n: number) => string; date: (d: string) => string; num: (n: number) => string };
type Sentence = (v: MessageValues, f: Fmt) => string;

const n = (v: MessageValues, key: string) => Number(v[key] ?? 0);
const pctOrMuch = (v: MessageValues, f: Fmt, en: boolean) => (n(v, 'deviation') < 0 ? (en ? 'from nothing' : 'vanaf niets') : f.pct(n(v, 'deviation')));

// The wording of every rule outcome, by message code; values come from the domain unformatted.
export const ruleMessages = defineMessages<Record<string, Sentence>>({
  nl: {
    'rule.application.maxAward': (v, f) => `De gevraagde subsidie is ${f.money(n(v, 'requested'))}; het maximum per aanvraag is ${f.money(n(v, 'max'))}.`,
    'rule.application.subsidyShare': (v, f) => `De gevraagde subsidie is ${v.share === -1 ? 'hoger dan de totale kosten (nul)' : `${f.pct(n(v, 'share'))} van de totale kosten`}; het maximum is ${f.pct(n(v, 'max'))}.`,
    'rule.application.provinces': (v) => `De aanvraag noemt ${n(v, 'count')} provincie(s); ten minste ${n(v, 'min')} is vereist.`,
    'rule.application.partnerKinds': (v) => `Er ontbreekt een partner van het type: ${String(v.missing).replace(/,/g, ', ')}. Een pps verbindt ${String(v.required).replace(/,/g, ' en ')}.`,
    'rule.budget.subsidyOverAward': (v, f) => `De begrote NGF-subsidie is ${f.money(n(v, 'subsidy'))}; de toekenning is ${f.money(n(v, 'award'))}.`,
    'rule.budget.subsidyShare': (v, f) => `De begrote NGF-subsidie is ${f.pct(n(v, 'share'))} van de totale begroting (${f.money(n(v, 'total'))}); het maximum is ${f.pct(n(v, 'max'))}.`,
    'rule.budget.costItemChange': (v, f) => `Kostenpost ${v.actionLine} wijkt ${pctOrMuch(v, f, false)} af van de goedgekeurde begroting (${f.money(n(v, 'approved'))} → ${f.money(n(v, 'planned'))}); boven ${f.pct(n(v, 'threshold'))} is een wijzigingsverzoek nodig.`,
    'rule.budget.yearChange': (v, f) => `De kosten in ${v.year} wijken ${pctOrMuch(v, f, false)} af van de goedgekeurde begroting (${f.money(n(v, 'approved'))} → ${f.money(n(v, 'planned'))}); boven ${f.pct(n(v, 'threshold'))} is een wijzigingsverzoek nodig.`,
    'rule.report.periodOpen': (v, f) => `Over ${v.year} kan pas worden gerapporteerd vanaf ${f.date(String(v.opensOn))}.`,
    'rule.report.required': () => 'Vul dit verplichte cijfer in; 0 is ook een waarde.',
    'rule.report.copied': (v, f) => `Gelijk aan de waarde van ${v.year} (${f.num(n(v, 'value'))}): controleer of dit cijfer is bijgewerkt.`,
  },
  en: {
    'rule.application.maxAward': (v, f) => `The requested grant is ${f.money(n(v, 'requested'))}; the maximum per application is ${f.money(n(v, 'max'))}.`,
    'rule.application.subsidyShare': (v, f) => `The requested grant is ${v.share === -1 ? 'more than the total costs (zero)' : `${f.pct(n(v, 'share'))} of the total costs`}; the maximum is ${f.pct(n(v, 'max'))}.`,
    'rule.application.provinces': (v) => `The application names ${n(v, 'count')} province(s); at least ${n(v, 'min')} is required.`,
    'rule.application.partnerKinds': (v) => `A partner of this type is missing: ${String(v.missing).replace(/,/g, ', ')}. A pps connects ${String(v.required).replace(/,/g, ' and ')}.`,
    'rule.budget.subsidyOverAward': (v, f) => `The budgeted NGF grant is ${f.money(n(v, 'subsidy'))}; the award is ${f.money(n(v, 'award'))}.`,
    'rule.budget.subsidyShare': (v, f) => `The budgeted NGF grant is ${f.pct(n(v, 'share'))} of the total budget (${f.money(n(v, 'total'))}); the maximum is ${f.pct(n(v, 'max'))}.`,
    'rule.budget.costItemChange': (v, f) => `Cost item ${v.actionLine} deviates ${pctOrMuch(v, f, true)} from the approved budget (${f.money(n(v, 'approved'))} → ${f.money(n(v, 'planned'))}); above ${f.pct(n(v, 'threshold'))} a change request is needed.`,
    'rule.budget.yearChange': (v, f) => `The costs in ${v.year} deviate ${pctOrMuch(v, f, true)} from the approved budget (${f.money(n(v, 'approved'))} → ${f.money(n(v, 'planned'))}); above ${f.pct(n(v, 'threshold'))} a change request is needed.`,
    'rule.report.periodOpen': (v, f) => `Reporting on ${v.year} opens on ${f.date(String(v.opensOn))}.`,
    'rule.report.required': () => 'Fill in this required figure; 0 is a value too.',
    'rule.report.copied': (v, f) => `Equal to the value of ${v.year} (${f.num(n(v, 'value'))}): check whether this figure was updated.`,
  },
});

/** Amounts to the precision that tells them apart: "€ 9,4 mln", and full euros below a million or when they would read alike. */
function moneyOf(locale: Locale): (amount: number) => string {
  return (amount) => (Math.abs(amount) >= 1_000_000 && amount % 100_000 === 0 ? formatMillionsShort(amount, locale) : formatEuro(amount, locale));
}

/** One outcome worded in the reader's language. */
export function describeOutcome(outcome: Pick<RuleOutcome, 'message' | 'values'>, locale: Locale): string {
  const sentence = ruleMessages(locale)[outcome.message];
  const f: Fmt = { money: moneyOf(locale), pct: (x) => formatPercent(x, locale, 1), date: (d) => formatDate(d, locale), num: (x) => formatNumber(x, locale, 2) };
  return sentence ? sentence(outcome.values, f) : outcome.message;
}
