import { formatDateTime, type Locale } from '../../domain/format.ts';
import type { ErrorValues, FieldProblem } from '../../errors.ts';
import type { FlashKey } from '../../i18n/portal-common.ts';
import { portalCommon } from '../../i18n/portal-common.ts';
import { localePath } from '../../i18n/messages.ts';
import { portalMessages } from '../../i18n/portal.ts';
import { ROLES } from '../../domain/enums.ts';
import type { PendingInvitation, UserListItem } from '../../services/users/list-users.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextField, type FormValues } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';
import { Table, THead, TBody, Tr, Th, Td } from '../table.tsx';

export type UsersPageProps = {
  locale: Locale; csrfToken: string; users: UserListItem[]; invitations: PendingInvitation[]; consortia: { id: number; name: string }[];
  values: FormValues; problems: FieldProblem[]; message?: string; messageValues?: ErrorValues | undefined; flash?: FlashKey | null;
};

export function UsersPage({ portal, locale, csrfToken, users, invitations, consortia, values, problems, message, messageValues, flash }: UsersPageProps & PortalProps) {
  const p = portalMessages(locale);
  const path = (to: string) => localePath(locale, `/portaal/gebruikers${to}`);
  return (
    <PortalPage portal={portal} title={p.usersTitle} flash={flash}>
      <h1 class="utrecht-heading-1">{p.usersTitle}</h1>
      <ErrorSummary title={portalCommon(locale).errorSummaryTitle} message={message} messageValues={messageValues} problems={problems} />
      <Table locale={locale} caption={p.usersCaption}>
        <THead><Tr><Th>{p.colName}</Th><Th>{p.colEmail}</Th><Th>{p.colRoles}</Th><Th>{p.colStatus}</Th><Th>{p.colAction}</Th></Tr></THead>
        <TBody>
          {users.map((u) => (
            <Tr>
              <Th row><a class="utrecht-link" href={path(`/${u.id}`)}>{u.name}</a></Th>
              <Td>{u.email}</Td>
              <Td>{u.roles.map((r) => `${p.role[r.role]}${r.consortiumName ? ` (${r.consortiumName})` : ''}`).join(', ')}</Td>
              <Td>{u.isActive ? p.active : p.blocked}{u.hasPassword ? '' : `, ${p.noPassword}`}</Td>
              <Td>
                <PostForm action={path('/status')} csrfToken={csrfToken} class="pps-inline-form">
                  <input type="hidden" name="userId" value={String(u.id)} />
                  <input type="hidden" name="isActive" value={u.isActive ? 'false' : 'true'} />
                  <SubmitButton secondary>{u.isActive ? p.blockLabel : p.unblockLabel}<span class="pps-visually-hidden"> {u.name}</span></SubmitButton>
                </PostForm>
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>

      <h2 class="utrecht-heading-2" id="uitnodigen">{p.inviteTitle}</h2>
      <p class="utrecht-paragraph">{p.inviteIntro}</p>
      <PostForm action={path('/uitnodigen')} csrfToken={csrfToken} class="pps-form">
        <TextField name="email" label={p.colEmail} type="email" values={values} problems={problems} autocomplete="off" required />
        <SelectField name="role" label={p.roleLabel} values={values} problems={problems} options={ROLES.map((r) => ({ value: r, label: p.role[r] ?? r }))} />
        <SelectField name="consortiumId" label={p.consortiumLabel} values={values} problems={problems} emptyLabel={p.consortiumNone}
          options={consortia.map((c) => ({ value: String(c.id), label: c.name }))} />
        <SubmitButton>{p.inviteButton}</SubmitButton>
      </PostForm>

      <h2 class="utrecht-heading-2">{p.pendingTitle}</h2>
      {invitations.length ? (
        <Table locale={locale} caption={p.pendingCaption}>
          <THead><Tr><Th>{p.colEmail}</Th><Th>{p.roleLabel}</Th><Th>{p.colExpires}</Th></Tr></THead>
          <TBody>
            {invitations.map((i) => (
              <Tr>
                <Th row>{i.email}</Th>
                <Td>{p.role[i.role]}{i.consortiumName ? ` (${i.consortiumName})` : ''}</Td>
                <Td>{formatDateTime(i.expiresAt, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : <p class="utrecht-paragraph">{p.noPending}</p>}
    </PortalPage>
  );
}
