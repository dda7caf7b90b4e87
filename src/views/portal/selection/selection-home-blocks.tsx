import { formatDate, type Locale } from '../../../domain/format.ts';
import { localePath } from '../../../i18n/messages.ts';
import { selectionMessages } from '../../../i18n/selection.ts';
import type { MyApplication } from '../../../services/applications/list-my-applications.ts';
import type { MyAssignment } from '../../../services/assessments/list-my-assignments.ts';
import type { PublicRound } from '../../../services/rounds/list-public-rounds.ts';
import { Table, TBody, Td, Th, THead, Tr } from '../../table.tsx';

/** The assessor's assigned applications with status and deadline, on the portal home. */
export function AssessorBlock({ locale, assignments }: { locale: Locale; assignments: MyAssignment[] }) {
  const t = selectionMessages(locale);
  return (
    <section aria-labelledby="mijn-beoordelingen">
      <h2 class="utrecht-heading-2" id="mijn-beoordelingen">{t.assessorBlockTitle}</h2>
      {assignments.length === 0 ? <p class="utrecht-paragraph">{t.assessorNone}</p> : (
        <Table locale={locale} caption={<>{t.assessorBlockTitle}</>}>
          <THead><Tr>
            <Th>{t.colApplication}</Th>
            <Th>{t.colLead}</Th>
            <Th>{t.colStatus}</Th>
            <Th>{t.colDue}</Th>
          </Tr></THead>
          <TBody>
            {assignments.map((a) => (
              <Tr>
                <Th row><a class="utrecht-link" href={localePath(locale, `/portaal/beoordelingen/${a.id}`)}>{a.reference}: {a.title}</a></Th>
                <Td>{a.leadOrganisation}</Td>
                <Td>{t.assignmentStatuses[a.status] ?? a.status}</Td>
                <Td>{formatDate(a.dueOn, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}

/** The office's rounds, each with its ranking. */
export function OfficeRoundsBlock({ locale, rounds }: { locale: Locale; rounds: PublicRound[] }) {
  const t = selectionMessages(locale);
  return (
    <section aria-labelledby="rondes">
      <h2 class="utrecht-heading-2" id="rondes">{t.roundsTitle}</h2>
      <ul class="utrecht-unordered-list">
        {rounds.map((r) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={localePath(locale, `/portaal/bureau/rondes/${r.id}`)}>{r.name}</a>
            {' · '}<a class="utrecht-link" href={localePath(locale, `/portaal/rondes/${r.id}/rangschikking`)}>{t.rankingTitle(r.name)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The applicant's own applications. */
export function ApplicantBlock({ locale, applications }: { locale: Locale; applications: MyApplication[] }) {
  const t = selectionMessages(locale);
  return (
    <section aria-labelledby="mijn-aanvragen">
      <h2 class="utrecht-heading-2" id="mijn-aanvragen">{t.myApplications}</h2>
      <ul class="utrecht-unordered-list">
        {applications.map((a) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={localePath(locale, `/portaal/aanvragen/${a.id}`)}>{a.reference}: {a.title}</a> ({t.applicationStatuses[a.status] ?? a.status})
            {a.status === 'toegekend' || a.status === 'afgewezen'
              ? <> · <a class="utrecht-link" href={localePath(locale, `/portaal/aanvragen/${a.id}/besluitbrief`)}>{t.letterLink}</a></> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
