import type { Locale } from '../../domain/format.ts';
import { localePath } from '../../i18n/messages.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';

export type Crumb = { label: string; path?: string };

/** Home › … › the current page (without link, aria-current). Paths are without locale prefix. */
export function Breadcrumbs({ locale, items }: { locale: Locale; items: Crumb[] }) {
  const t = publicConsortiaMessages(locale);
  const all: Crumb[] = [{ label: t.home, path: '/' }, ...items];
  return (
    <nav class="utrecht-breadcrumb-nav pps-breadcrumbs" aria-label={t.breadcrumbLabel}>
      <ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {all.map((item) => (
          <li class="utrecht-breadcrumb-nav__item">
            {item.path
              ? <a class="utrecht-link utrecht-breadcrumb-nav__link" href={localePath(locale, item.path)}>{item.label}</a>
              : <span class="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current" aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
