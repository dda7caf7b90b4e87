import type { ErrorValues, FieldProblem } from '../../errors.ts';
import { formatDate, type Locale } from '../../domain/format.ts';
import { consortiumPortal } from '../../i18n/consortium-portal.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import type { OrganisationHit } from '../../services/consortia/find-organisations.ts';
import type { MunicipalityOption } from '../../services/code-lists/list-municipalities.ts';
import type { PpsPartners } from '../../services/consortia/list-pps-partners.ts';
import { ConsortiumNav } from './consortium-nav.tsx';
import { CsrfField, ErrorSummary, SubmitButton, TextField, type FormValues } from './form-controls.tsx';
import { NewOrganisationFields } from './new-organisation-fields.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { paths } from './portal-paths.ts';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export type PartnersPageProps = {
  locale: Locale; partners: PpsPartners; csrfToken: string; municipalities: MunicipalityOption[];
  /** The search as typed, its problems, and its hits (null: no search done yet). */
  search: { values: FormValues; problems: FieldProblem[]; hits: OrganisationHit[] | null };
  /** The new-organisation form with the user's input after an error. */
  create: { values: FormValues; problems: FieldProblem[]; message?: string; messageValues?: ErrorValues | undefined; duplicate?: { id: number; name: string } };
  flash?: FlashKey | null;
};

const identifier = (o: { kvkNumber: string | null; brinCode: string | null }) => [o.kvkNumber && `KvK ${o.kvkNumber}`, o.brinCode && `BRIN ${o.brinCode}`].filter(Boolean).join(', ') || '–';

function AddButton({ ppsId, organisationId, label, text, csrfToken }: { ppsId: number; organisationId: number; label: string; text: string; csrfToken: string }) {
  return (
    <form class="pps-inline-form" method="post" action={paths.partners(ppsId)}>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="organisationId" value={String(organisationId)} />
      <button class="utrecht-button utrecht-button--secondary-action" type="submit" aria-label={label}>{text}</button>
    </form>
  );
}

export function PartnersPage(p: PartnersPageProps & PortalProps) {
  const t = consortiumPortal(p.locale);
  const c = portalCommon(p.locale);
  const { partners: list } = p;
  const title = t.partnersTitle(list.ppsName);
  const q = String(p.search.values.q ?? '');
  const allProblems = [...p.search.problems, ...p.create.problems];
  return (
    <PortalPage portal={p.portal} title={title} flash={p.flash}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ConsortiumNav locale={p.locale} consortiumId={list.consortiumId} current="pps" />
      <ErrorSummary title={c.errorSummaryTitle} message={p.create.message} messageValues={p.create.messageValues} problems={allProblems} />
      {p.create.duplicate ? (
        <p class="utrecht-paragraph">
          <AddButton ppsId={list.ppsId} organisationId={p.create.duplicate.id} label={t.duplicateAdd(p.create.duplicate.name)} text={t.duplicateAdd(p.create.duplicate.name)} csrfToken={p.csrfToken} />
        </p>
      ) : null}
      <Table locale={p.locale} caption={<>{t.partnersCaption} ({list.partners.length})</>}>
          <THead><Tr>
            {[t.colOrganisation, t.colKind, t.colIdentifier, t.colRole, t.colSince, t.colActions].map((h) => <Th>{h}</Th>)}
          </Tr></THead>
          <TBody>
            {list.partners.map((m) => (
              <Tr>
                <Th row>{m.name}</Th>
                <Td>{t.kinds[m.kind] ?? m.kind}</Td>
                <Td>{identifier(m)}</Td>
                <Td>{t.roles[m.role] ?? m.role}</Td>
                <Td>{formatDate(m.since, p.locale)}</Td>
                <Td>
                  {m.role === 'penvoerder' ? '–' : (
                    <form class="pps-inline-form" method="post" action={paths.partnerRemove(list.ppsId, m.membershipId)}>
                      <CsrfField token={p.csrfToken} />
                      <input type="hidden" name="version" value={String(m.version)} />
                      <button class="utrecht-button utrecht-button--secondary-action" type="submit" aria-label={t.removeLabel(m.name)}>{t.remove}</button>
                    </form>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      <h2 class="utrecht-heading-2" id="partner-toevoegen">{t.addTitle}</h2>
      <p class="utrecht-paragraph">{t.searchIntro}</p>
      <form class="pps-form" method="get" action={`${paths.partners(list.ppsId)}#zoekresultaten`} role="search">
        <TextField name="q" label={t.searchLabel} values={p.search.values} problems={p.search.problems} />
        <div class="pps-actions"><SubmitButton secondary>{t.search}</SubmitButton></div>
      </form>
      {p.search.hits === null ? null : (
        <section id="zoekresultaten" aria-labelledby="zoekresultaten-titel">
          {p.search.hits.length === 0 ? <p class="utrecht-paragraph" id="zoekresultaten-titel">{t.noResults(q)}</p> : (
            <Table locale={p.locale} caption={t.resultsCaption(q)}>
              <THead><Tr>
                {[t.colOrganisation, t.colKind, t.colIdentifier, t.colMunicipality, t.colActions].map((h) => <Th>{h}</Th>)}
              </Tr></THead>
              <TBody>
                {p.search.hits.map((o) => (
                  <Tr>
                    <Th row>{o.name}</Th>
                    <Td>{t.kinds[o.kind] ?? o.kind}</Td>
                    <Td>{identifier(o)}</Td>
                    <Td>{o.municipalityName ?? '–'}</Td>
                    <Td><AddButton ppsId={list.ppsId} organisationId={o.id} label={t.addLabel(o.name)} text={t.add} csrfToken={p.csrfToken} /></Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
          <h3 class="utrecht-heading-3">{t.newOrgTitle}</h3>
          <form class="pps-form" method="post" action={paths.partnersNew(list.ppsId)} novalidate>
            <CsrfField token={p.csrfToken} />
            <input type="hidden" name="q" value={q} />
            <NewOrganisationFields locale={p.locale} values={p.create.values} problems={p.create.problems} municipalities={p.municipalities} />
            <div class="pps-actions"><SubmitButton>{t.createAndAdd}</SubmitButton></div>
          </form>
        </section>
      )}
      <p class="utrecht-paragraph"><a class="utrecht-link" href={paths.ppsList(list.consortiumId)}>{c.back}</a></p>
    </PortalPage>
  );
}
