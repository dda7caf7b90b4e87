import { formatDateTime } from '../../domain/format.ts';
import { localePath } from '../../i18n/messages.ts';
import { portalMessages } from '../../i18n/portal.ts';
import type { PendingInvitation, UserListItem } from '../../services/users/list-users.ts';
import { ErrorSummary, type FieldErrors, Notice, PostForm, SubmitButton, TextField } from '../forms.tsx';
import { PortalLayout, type PortalPage } from './portal-layout.tsx';

export type InviteForm = { email: string; role: string; consortiumId: string };
export type UsersPageProps = {
  page: PortalPage; users: UserListItem[]; invitations: PendingInvitation[]; consortia: { id: number; name: string }[];
  form: InviteForm; errors: FieldErrors; notice?: string | null;
};

const ROLE_OPTIONS = ['programmabureau', 'beoordelaar', 'coordinator'] as const;

export function UsersPage({ page, users, invitations, consortia, form, errors, notice }: UsersPageProps) {
  const { locale } = page;
  const p = portalMessages(locale);
  const th = (label: string) => <th class="utrecht-table__header-cell" scope="col">{label}</th>;
  return (
    <PortalLayout page={page} title={p.usersTitle}>
      <h1 class="utrecht-heading-1">{p.usersTitle}</h1>
      <Notice text={notice} />
      <ErrorSummary title={p.errorSummaryTitle} errors={errors} />
      <table class="utrecht-table pps-table">
        <caption class="utrecht-table__caption">{p.usersCaption}</caption>
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">{th(p.colName)}{th(p.colEmail)}{th(p.colRoles)}{th(p.colStatus)}{th(p.colAction)}</tr></thead>
        <tbody class="utrecht-table__body">
          {users.map((u) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">{u.name}</th>
              <td class="utrecht-table__cell">{u.email}</td>
              <td class="utrecht-table__cell">{u.roles.map((r) => `${p.role[r.role]}${r.consortiumName ? ` (${r.consortiumName})` : ''}`).join(', ')}</td>
              <td class="utrecht-table__cell">{u.isActive ? p.active : p.blocked}{u.hasPassword ? '' : `, ${p.noPassword}`}</td>
              <td class="utrecht-table__cell">
                <PostForm action={localePath(locale, '/portaal/gebruikers/status')} csrfToken={page.csrfToken}>
                  <input type="hidden" name="userId" value={String(u.id)} />
                  <input type="hidden" name="isActive" value={u.isActive ? 'false' : 'true'} />
                  <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                    {u.isActive ? p.blockLabel : p.unblockLabel}<span class="pps-visually-hidden"> {u.name}</span>
                  </button>
                </PostForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 class="utrecht-heading-2" id="uitnodigen">{p.inviteTitle}</h2>
      <p class="utrecht-paragraph">{p.inviteIntro}</p>
      <PostForm action={localePath(locale, '/portaal/gebruikers/uitnodigen')} csrfToken={page.csrfToken} class="pps-form">
        <TextField name="email" label={p.colEmail} type="email" value={form.email} error={errors.email} autocomplete="off" required />
        <div class={`utrecht-form-field${errors.role ? ' utrecht-form-field--invalid' : ''}`}>
          <label class="utrecht-form-label" for="role">{p.roleLabel}</label>
          {errors.role ? <div class="utrecht-form-field-error-message" id="role-error">{errors.role}</div> : null}
          <select class="utrecht-select utrecht-select--html-select pps-select" id="role" name="role" aria-describedby={errors.role ? 'role-error' : undefined}>
            {ROLE_OPTIONS.map((r) => <option value={r} selected={form.role === r}>{p.role[r]}</option>)}
          </select>
        </div>
        <div class={`utrecht-form-field${errors.consortiumId ? ' utrecht-form-field--invalid' : ''}`}>
          <label class="utrecht-form-label" for="consortiumId">{p.consortiumLabel}</label>
          {errors.consortiumId ? <div class="utrecht-form-field-error-message" id="consortiumId-error">{errors.consortiumId}</div> : null}
          <select class="utrecht-select utrecht-select--html-select pps-select" id="consortiumId" name="consortiumId" aria-describedby={errors.consortiumId ? 'consortiumId-error' : undefined}>
            <option value="">{p.consortiumNone}</option>
            {consortia.map((c) => <option value={String(c.id)} selected={form.consortiumId === String(c.id)}>{c.name}</option>)}
          </select>
        </div>
        <div><SubmitButton>{p.inviteButton}</SubmitButton></div>
      </PostForm>

      <h2 class="utrecht-heading-2">{p.pendingTitle}</h2>
      {invitations.length ? (
        <table class="utrecht-table pps-table">
          <caption class="utrecht-table__caption">{p.pendingCaption}</caption>
          <thead class="utrecht-table__header"><tr class="utrecht-table__row">{th(p.colEmail)}{th(p.roleLabel)}{th(p.colExpires)}</tr></thead>
          <tbody class="utrecht-table__body">
            {invitations.map((i) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">{i.email}</th>
                <td class="utrecht-table__cell">{p.role[i.role]}{i.consortiumName ? ` (${i.consortiumName})` : ''}</td>
                <td class="utrecht-table__cell">{formatDateTime(i.expiresAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="utrecht-paragraph">{p.noPending}</p>}
    </PortalLayout>
  );
}
