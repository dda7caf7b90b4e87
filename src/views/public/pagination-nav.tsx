import { formatNumber, type Locale } from '../../domain/format.ts';
import { publicConsortiaMessages } from '../../i18n/public-consortia.ts';

export type PaginationNavProps = { locale: Locale; page: number; pages: number; hrefFor: (page: number) => string; label?: string };

/** Previous and next links with "page x of y"; nothing when everything fits on one page. */
export function PaginationNav({ locale, page, pages, hrefFor, label }: PaginationNavProps) {
  const t = publicConsortiaMessages(locale);
  if (pages <= 1) return null;
  return (
    <nav class="utrecht-pagination pps-pagination" aria-label={label ?? t.paginationLabel}>
      {page > 1 && (
        <a class="utrecht-link utrecht-pagination__relative-link utrecht-pagination__relative-link--prev" rel="prev" href={hrefFor(Math.min(page - 1, pages))}>
          {t.previous}
        </a>
      )}
      <span class="pps-pagination__status">{t.pageOf(formatNumber(Math.min(page, pages), locale), formatNumber(pages, locale))}</span>
      {page < pages && (
        <a class="utrecht-link utrecht-pagination__relative-link utrecht-pagination__relative-link--next" rel="next" href={hrefFor(page + 1)}>{t.next}</a>
      )}
    </nav>
  );
}
