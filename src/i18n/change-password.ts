import { defineMessages } from './messages.ts';

// The signed-in user's page to choose a new password (re-authentication with the current one).
export const changePasswordMessages = defineMessages({
  nl: {
    title: 'Wachtwoord wijzigen',
    intro: 'Bevestig met uw huidige wachtwoord. Na het wijzigen wordt u op andere apparaten uitgelogd.',
    current: 'Huidig wachtwoord',
    currentHint: 'Logt u in via uw instelling en heeft u geen wachtwoord? Dan volstaat een inlog van minder dan 15 minuten geleden.',
    password: 'Nieuw wachtwoord',
    passwordHint: 'Minstens 12 tekens.',
    confirmation: 'Herhaal het nieuwe wachtwoord',
    save: 'Wachtwoord opslaan',
  },
  en: {
    title: 'Change password',
    intro: 'Confirm with your current password. After the change you are signed out on other devices.',
    current: 'Current password',
    currentHint: 'Do you sign in through your institution and have no password? Then a sign-in less than 15 minutes ago is enough.',
    password: 'New password',
    passwordHint: 'At least 12 characters.',
    confirmation: 'Repeat the new password',
    save: 'Save password',
  },
});
