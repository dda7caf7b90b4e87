import { diffRecords } from '../../domain/audit-diff.ts';
import { formatDateTime, formatNumber, type Locale } from '../../domain/format.ts';
import { localePath } from '../../i18n/messages.ts';
import { portalMessages } from '../../i18n/portal.ts';
import type { AuditFacets, AuditPage as AuditResult } from '../../services/audit/list-audit-entries.ts';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

/** The filter as given in the query string (strings, as the form shows them). */
export type AuditQuery = { entiteit: string; actie: string; gebruiker: string; van: string; tot: string };
export type AuditPageProps = { locale: Locale; result: AuditResult; facets: AuditFacets; query: AuditQuery };

function Select({ name, label, all, value, options }: { name: string; label: string; all: string; value: string; options: { value: string; label: string }[] }) {
  return (
    <div class="utrecht-form-field">
      <label class="utrecht-form-label" for={name}>{label}</label>
      <select class="utrecht-select utrecht-select--html-select pps-select" id={name} name={name}>
        <option value="">{all}</option>
        {options.map((o) => <option value={o.value} selected={o.value === value}>{o.label}</option>)}
      </select>
    </div>
  );
}

function pageHref(base: string, query: AuditQuery, pagina: number): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== ''));
  params.set('pagina', String(pagina));
  return `${base}?${params}`;
}

export function AuditPage({ portal, locale, result, facets, query }: AuditPageProps & PortalProps) {
  const p = portalMessages(locale);
  const base = localePath(locale, '/portaal/audit');
  const th = (label: string) => <Th>{label}</Th>;
  return (
    <PortalPage portal={portal} title={p.auditTitle}>
      <h1 class="utrecht-heading-1">{p.auditTitle}</h1>
      <p class="utrecht-paragraph">{p.auditIntro}</p>
      <form method="get" action={base} class="pps-form pps-form--inline" aria-label={p.filterTitle}>
        <Select name="entiteit" label={p.filterEntity} all={p.filterAll} value={query.entiteit} options={facets.entities.map((e) => ({ value: e, label: e }))} />
        <Select name="actie" label={p.filterAction} all={p.filterAll} value={query.actie} options={facets.actions.map((a) => ({ value: a, label: a }))} />
        <Select name="gebruiker" label={p.filterActor} all={p.filterAll} value={query.gebruiker} options={facets.actors.map((a) => ({ value: String(a.id), label: a.name }))} />
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="van">{p.filterFrom}</label>
          <input class="utrecht-textbox utrecht-textbox--html-input" type="date" id="van" name="van" value={query.van} />
        </div>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="tot">{p.filterTo}</label>
          <input class="utrecht-textbox utrecht-textbox--html-input" type="date" id="tot" name="tot" value={query.tot} />
        </div>
        <div><button type="submit" class="utrecht-button utrecht-button--primary-action">{p.filterButton}</button></div>
        <p class="utrecht-paragraph"><a class="utrecht-link" href={base}>{p.filterReset}</a></p>
      </form>
      {result.entries.length ? (
        <Table locale={locale} caption={p.auditCaption(formatNumber(result.total, locale), formatNumber(result.page, locale), formatNumber(result.pageCount, locale))}>
          <THead><Tr>{th(p.colWhen)}{th(p.colWho)}{th(p.colAuditAction)}{th(p.colRecord)}{th(p.colChange)}</Tr></THead>
          <TBody>
            {result.entries.map((e) => {
              const changes = diffRecords(e.before, e.after);
              return (
                <Tr>
                  <Th row>{formatDateTime(e.occurredAt, locale)}</Th>
                  <Td>{e.actorName ?? p.systemActor}</Td>
                  <Td>{e.action}</Td>
                  <Td>{e.entity} #{e.entityId}</Td>
                  <Td>
                    {changes.length ? (
                      <ul class="pps-diff">
                        {changes.map((c) => (
                          <li>
                            {c.field ? <span class="pps-diff__field">{c.field}: </span> : null}
                            <del>{c.before ?? p.empty}</del> → <ins>{c.after ?? p.empty}</ins>
                          </li>
                        ))}
                      </ul>
                    ) : p.noChange}
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      ) : <p class="utrecht-paragraph">{p.noEntries}</p>}
      <nav aria-label={p.auditTitle}>
        <ul class="pps-pagination">
          {result.page > 1 ? <li><a class="utrecht-link" rel="prev" href={pageHref(base, query, result.page - 1)}>{p.previous}</a></li> : null}
          {result.page < result.pageCount ? <li><a class="utrecht-link" rel="next" href={pageHref(base, query, result.page + 1)}>{p.next}</a></li> : null}
        </ul>
      </nav>
    </PortalPage>
  );
}
