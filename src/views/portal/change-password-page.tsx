import type { Locale } from '../../domain/format.ts';
import type { ErrorValues, FieldProblem } from '../../errors.ts';
import { changePasswordMessages } from '../../i18n/change-password.ts';
import { localePath } from '../../i18n/messages.ts';
import { portalCommon, type FlashKey } from '../../i18n/portal-common.ts';
import { ErrorSummary, PostForm, SubmitButton, TextField } from './form-controls.tsx';
import { PortalPage, type PortalProps } from './portal-page.tsx';

export type ChangePasswordPageProps = {
  locale: Locale; csrfToken: string; problems: FieldProblem[]; message?: string | undefined; messageValues?: ErrorValues | undefined; flash?: FlashKey | null;
};

/** /portaal/wachtwoord: a new password, confirmed with the current one. Password fields are never filled in again. */
export function ChangePasswordPage({ portal, locale, csrfToken, problems, message, messageValues, flash }: ChangePasswordPageProps & PortalProps) {
  const t = changePasswordMessages(locale);
  return (
    <PortalPage portal={portal} title={t.title} flash={flash}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <ErrorSummary title={portalCommon(locale).errorSummaryTitle} message={message} messageValues={messageValues} problems={problems} />
      <p class="utrecht-paragraph">{t.intro}</p>
      <PostForm action={localePath(locale, '/portaal/wachtwoord')} csrfToken={csrfToken} class="pps-form">
        <TextField name="huidigWachtwoord" label={t.current} hint={t.currentHint} type="password" autocomplete="current-password" values={{}} problems={problems} />
        <TextField name="password" label={t.password} hint={t.passwordHint} type="password" autocomplete="new-password" values={{}} problems={problems} required />
        <TextField name="confirmation" label={t.confirmation} type="password" autocomplete="new-password" values={{}} problems={problems} required />
        <SubmitButton>{t.save}</SubmitButton>
      </PostForm>
    </PortalPage>
  );
}
