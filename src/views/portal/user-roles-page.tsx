import type { Locale } from '../../domain/format.ts';
import type { ErrorValues, FieldProblem } from '../../errors.ts';
import { localePath } from '../../i18n/messages.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { portalMessages } from '../../i18n/portal.ts';
import { userRolesMessages } from '../../i18n/user-roles.ts';
import type { UserRoles } from '../../services/users/get-user-roles.ts';
import { CheckboxGroup, ErrorSummary, PostForm, SubmitButton, TextField, type FormValues } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';

export type UserRolesPageProps = {
  locale: Locale; csrfToken: string; user: UserRoles; consortia: { id: number; name: string }[];
  values: FormValues; problems: FieldProblem[]; message?: string; messageValues?: ErrorValues | undefined; flash?: FlashKey | null;
};

/** The form's values for a stored account: its programme-wide roles and the consortia it coordinates. */
export function userRolesValues(user: UserRoles): FormValues {
  return {
    version: String(user.version),
    roles: user.roles.filter((r) => r.role !== 'coordinator').map((r) => r.role),
    consortiumIds: user.roles.filter((r) => r.consortiumId !== null).map((r) => String(r.consortiumId)),
  };
}

export function UserRolesPage({ portal, locale, csrfToken, user, consortia, values, problems, message, messageValues, flash }: UserRolesPageProps & PortalProps) {
  const t = userRolesMessages(locale);
  const p = portalMessages(locale);
  const title = t.title(user.name);
  const path = `/portaal/gebruikers/${user.id}`;
  return (
    <PortalPage portal={portal} title={title} flash={flash}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ErrorSummary title={portalCommon(locale).errorSummaryTitle} message={message} messageValues={messageValues} problems={problems} />
      <p class="utrecht-paragraph">{t.account(user.email, user.isActive)}</p>
      <p class="utrecht-paragraph">{t.intro}</p>
      <PostForm action={localePath(locale, path)} csrfToken={csrfToken} class="pps-form">
        <input type="hidden" name="version" value={String(values.version ?? user.version)} />
        <CheckboxGroup name="roles" label={t.rolesLegend} values={values} problems={problems}
          options={(['programmabureau', 'beoordelaar'] as const).map((r) => ({ value: r, label: p.role[r] ?? r }))} />
        <CheckboxGroup name="consortiumIds" label={t.consortiaLegend} values={values} problems={problems}
          options={consortia.map((c) => ({ value: String(c.id), label: c.name }))} />
        <TextField name="huidigWachtwoord" label={t.currentPassword} hint={t.currentPasswordHint} type="password"
          autocomplete="current-password" values={{}} problems={problems} />
        <SubmitButton>{t.save}</SubmitButton>
      </PostForm>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={localePath(locale, '/portaal/gebruikers')}>{t.back}</a></p>
    </PortalPage>
  );
}
