import type { Child } from 'hono/jsx';
import type { Locale } from '../domain/format.ts';
import { messages } from '../i18n/messages.ts';

// The one table of the site and the portal: Utrecht table classes, a caption, sorting by links (no JavaScript),
// and on a narrow screen a scroll box that says it scrolls instead of widening the page.

/** data-* attributes pass through, so tests and scripts can find a table or a cell by what it holds. */
export type DataAttributes = { [key: `data-${string}`]: string | number | undefined };
export type TableProps = DataAttributes & { locale: Locale; caption?: Child; class?: string; children: Child };

/** A table in a keyboard-scrollable region named by its caption; the hint shows only where the screen is narrow. */
export function Table({ locale, caption, class: className, children, ...data }: TableProps) {
  const label = typeof caption === 'string' ? caption : undefined;
  return (
    <div class="pps-table-scroll" role="region" tabindex={0} aria-label={label ?? messages(locale).tableRegion}>
      <p class="pps-table-scroll__hint" aria-hidden="true">{messages(locale).tableScrollHint}</p>
      <table class={`utrecht-table pps-table${className ? ` ${className}` : ''}`} {...data}>
        {caption !== undefined ? <caption class="utrecht-table__caption">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export const THead = ({ children }: { children: Child }) => <thead class="utrecht-table__header">{children}</thead>;
export const TBody = ({ children }: { children: Child }) => <tbody class="utrecht-table__body">{children}</tbody>;
export const TFoot = ({ children }: { children: Child }) => <tfoot class="utrecht-table__footer">{children}</tfoot>;

export function Tr({ class: className, children }: { class?: string; children: Child }) {
  return <tr class={`utrecht-table__row${className ? ` ${className}` : ''}`}>{children}</tr>;
}

const SORT_ICON = { ascending: '▲', descending: '▼', none: '↕' } as const;
export type ThSort = { state: 'ascending' | 'descending' | undefined; href: string };

type CellProps = DataAttributes & { numeric?: boolean; class?: string; lang?: string | undefined; colspan?: number; rowspan?: number; id?: string; children?: Child };

/** A header cell: a column header by default, `row` for the first cell of a row; `sort` makes it a sorting link. */
export function Th({ row, scope, numeric, sort, class: className, colspan, rowspan, id, headers, lang, children, ...data }: CellProps & {
  row?: boolean; scope?: 'col' | 'colgroup' | 'row' | 'rowgroup'; sort?: ThSort; headers?: string;
}) {
  const classes = `utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric' : ''}${className ? ` ${className}` : ''}`;
  return (
    <th class={classes} scope={scope ?? (row ? 'row' : 'col')} colspan={colspan} rowspan={rowspan} id={id}
      headers={headers} lang={lang} aria-sort={sort?.state} {...data}>
      {sort ? (
        <a class="utrecht-link pps-sort-link" href={sort.href}>
          {children}
          <span class="pps-sort-link__icon" aria-hidden="true">{SORT_ICON[sort.state ?? 'none']}</span>
        </a>
      ) : children}
    </th>
  );
}

export function Td({ numeric, class: className, colspan, rowspan, id, headers, lang, children, ...data }: CellProps & { headers?: string }) {
  const classes = `utrecht-table__cell${numeric ? ' utrecht-table__cell--numeric' : ''}${className ? ` ${className}` : ''}`;
  return <td class={classes} colspan={colspan} rowspan={rowspan} id={id} headers={headers} lang={lang} {...data}>{children}</td>;
}
