import type { Locale } from '../../domain/format.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';

export type FilterField = { name: string; label: string; selected: string | undefined; options: { value: string; label: string }[] };

/** GET form of select filters; keeps the sort order, starts again at page 1. */
export function FilterForm({ locale, action, fields, keep }: { locale: Locale; action: string; fields: FilterField[]; keep: Record<string, string> }) {
  const t = publicConsortiaMessages(locale);
  return (
    <form class="pps-filters" method="get" action={action} aria-labelledby="filters-title">
      <h2 class="utrecht-heading-2 pps-filters__title" id="filters-title">{t.filtersTitle}</h2>
      <div class="pps-filters__fields">
        {fields.map((f) => (
          <div class="utrecht-form-field">
            <label class="utrecht-form-label" for={`filter-${f.name}`}>{f.label}</label>
            <select class="utrecht-select utrecht-select--html-select" id={`filter-${f.name}`} name={f.name}>
              <option value="">{t.all}</option>
              {f.options.map((o) => <option value={o.value} selected={o.value === f.selected}>{o.label}</option>)}
            </select>
          </div>
        ))}
      </div>
      {Object.entries(keep).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
      <div class="pps-actions">
        <button class="utrecht-button utrecht-button--primary-action" type="submit">{t.applyFilters}</button>
        <a class="utrecht-link" href={action}>{t.resetFilters}</a>
      </div>
    </form>
  );
}
