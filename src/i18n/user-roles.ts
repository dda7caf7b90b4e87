import { defineMessages } from './messages.ts';

// The office's page to change someone's roles and coordinator scope.
export const userRolesMessages = defineMessages({
  nl: {
    title: (name: string) => `Rollen van ${name}`,
    intro: 'Kies de rollen van dit account. Een coördinator hoort bij één of meer consortia; kies die hieronder. Het laatste actieve account van het programmabureau houdt zijn rol.',
    account: (email: string, active: boolean) => `${email}, ${active ? 'actief' : 'geblokkeerd'}`,
    rolesLegend: 'Rollen voor de hele regeling',
    consortiaLegend: 'Coördinator van deze consortia',
    currentPassword: 'Uw huidige wachtwoord',
    currentPasswordHint: 'Rollen wijzigen is een gevoelige actie: bevestig die met uw eigen wachtwoord. Logt u in via uw instelling, dan volstaat een inlog van minder dan 15 minuten geleden.',
    save: 'Rollen opslaan',
    back: 'Terug naar gebruikers',
  },
  en: {
    title: (name) => `Roles of ${name}`,
    intro: 'Choose the roles of this account. A coordinator belongs to one or more consortia; choose them below. The last active programme office account keeps its role.',
    account: (email, active) => `${email}, ${active ? 'active' : 'blocked'}`,
    rolesLegend: 'Roles for the whole programme',
    consortiaLegend: 'Coordinator of these consortia',
    currentPassword: 'Your current password',
    currentPasswordHint: 'Changing roles is a sensitive action: confirm it with your own password. If you sign in through your institution, a sign-in less than 15 minutes ago is enough.',
    save: 'Save roles',
    back: 'Back to users',
  },
});
