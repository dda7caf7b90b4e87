import type { DashboardFilter } from '../../domain/dashboard/filter.ts';
import type { Locale } from '../../domain/format.ts';
import { dashboardMessages } from '../../i18n/dashboard.ts';
import { localePath } from '../../i18n/messages.ts';
import type { FilterOptions } from '../../services/dashboard/list-filter-options.ts';

type Option = { value: string; label: string };

function Select({ name, label, options, selected, allLabel }: { name: string; label: string; options: Option[]; selected?: string; allLabel: string }) {
  return (
    <div class="utrecht-form-field pps-filter__field">
      <label class="utrecht-form-label" for={`filter-${name}`}>{label}</label>
      <select class="utrecht-select utrecht-select--html-select" id={`filter-${name}`} name={name}>
        <option value="">{allLabel}</option>
        {options.map((o) => <option value={o.value} selected={o.value === selected}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** Above CONSORTIUM_SELECT_LIMIT consortia: a text field the server resolves to one consortium (no JavaScript). */
function ConsortiumSearch({ label, hint, value }: { label: string; hint: string; value?: string }) {
  return (
    <div class="utrecht-form-field pps-filter__field">
      <label class="utrecht-form-label" for="filter-consortium">{label}</label>
      <p class="utrecht-form-field-description" id="filter-consortium-hint">{hint}</p>
      <input class="utrecht-textbox utrecht-textbox--html-input" type="search" id="filter-consortium" name="consortium"
        value={value ?? ''} autocomplete="off" aria-describedby="filter-consortium-hint" />
    </div>
  );
}

export type FilterFormProps = {
  locale: Locale; action: string; filter: DashboardFilter; options: FilterOptions;
  /** Extra fields that belong to the page (e.g. the map's colouring). */
  extra?: unknown;
  /** The filters this page applies; the others are not offered (default: all). */
  fields?: readonly FilterField[];
};

export type FilterField = keyof DashboardFilter;

/** A plain GET form: every filtered view is a link and works without JavaScript. */
export function FilterForm({ locale, action, filter, options, extra, fields }: FilterFormProps) {
  const offers = (name: FilterField) => !fields || fields.includes(name);
  const t = dashboardMessages(locale);
  const label = (o: { value: string; labelNl: string; labelEn: string }) => ({ value: o.value, label: locale === 'en' ? o.labelEn : o.labelNl });
  return (
    <form class="pps-filter" method="get" action={localePath(locale, action)}>
      <fieldset class="utrecht-form-fieldset">
        <legend class="utrecht-form-fieldset__legend">{t.filterLegend}</legend>
        <div class="pps-filter__fields">
          {offers('consortium') && (options.consortiumSearch
            ? <ConsortiumSearch label={t.consortium} hint={t.consortiumHint} value={options.consortia.find((o) => o.value === filter.consortium)?.label} />
            : <Select name="consortium" label={t.consortium} options={options.consortia} selected={filter.consortium} allLabel={t.all} />)}
          {offers('provincie') && <Select name="provincie" label={t.provincie} options={options.provinces} selected={filter.provincie} allLabel={t.all} />}
          {offers('sector') && <Select name="sector" label={t.sector} options={options.sectors.map(label)} selected={filter.sector} allLabel={t.all} />}
          {offers('actielijn') && <Select name="actielijn" label={t.actielijn} options={options.actionLines.map((a) => ({ value: a.value, label: `${a.value} ${label(a).label}` }))} selected={filter.actielijn} allLabel={t.all} />}
          {offers('jaar') && <Select name="jaar" label={t.jaar} options={options.years.map((y) => ({ value: String(y), label: String(y) }))} selected={filter.jaar ? String(filter.jaar) : undefined} allLabel={t.all} />}
          {extra}
        </div>
        <button class="utrecht-button utrecht-button--primary-action" type="submit">{t.filterApply}</button>{' '}
        <a class="utrecht-link" href={localePath(locale, action)}>{t.filterReset}</a>
      </fieldset>
    </form>
  );
}

/** Names the active filter in words; the reset link sits in the form. */
export function ActiveFilter({ locale, filter, options }: { locale: Locale; filter: DashboardFilter; options: FilterOptions }) {
  const t = dashboardMessages(locale);
  const find = (list: { value: string }[], v?: string) => list.find((o) => o.value === v) as Record<string, string> | undefined;
  const parts = [
    filter.consortium && `${t.consortium}: ${find(options.consortia, filter.consortium)?.label ?? filter.consortium}`,
    filter.provincie && `${t.provincie}: ${find(options.provinces, filter.provincie)?.label ?? filter.provincie}`,
    filter.sector && `${t.sector}: ${find(options.sectors, filter.sector)?.[locale === 'en' ? 'labelEn' : 'labelNl'] ?? filter.sector}`,
    filter.actielijn && `${t.actielijn}: ${filter.actielijn}`,
    filter.jaar && `${t.jaar}: ${filter.jaar}`,
  ].filter(Boolean);
  return (
    <p class="utrecht-paragraph pps-filter__active" aria-live="polite">
      {parts.length ? `${t.filterActive}: ${parts.join('; ')}.` : t.filterNone}
    </p>
  );
}

