import { defineMessages } from './messages.ts';

// Mails about reports, in the recipient's language. Plain text keeps links visible and safe.
export type ReportMailKind = 'reportSubmitted' | 'reportReturned' | 'reportApproved' | 'reportComment' | 'reminderDue' | 'reminderOverdue';
export type ReportMailValues = { consortium: string; year: number; link: string; note?: string; deadline?: string };
type Wording = { subject: (v: ReportMailValues) => string; body: (v: ReportMailValues) => string };

export const mailTexts = defineMessages<{ signature: string; kind: Record<ReportMailKind, Wording> }>({
  nl: {
    signature: '\n\nMet vriendelijke groet,\nHet programmabureau\n\nDit is een automatisch bericht van PPS Monitor.',
    kind: {
      reportSubmitted: {
        subject: (v) => `Rapportage ${v.year} van ${v.consortium} ingediend`,
        body: (v) => `${v.consortium} heeft de voortgangsrapportage over ${v.year} ingediend. Beoordeel de rapportage via:\n${v.link}`,
      },
      reportReturned: {
        subject: (v) => `Rapportage ${v.year} teruggestuurd`,
        body: (v) => `Het programmabureau heeft de voortgangsrapportage over ${v.year} van ${v.consortium} teruggestuurd.\n\nToelichting:\n${v.note ?? ''}\n\nPas de rapportage aan en dien haar opnieuw in via:\n${v.link}`,
      },
      reportApproved: {
        subject: (v) => `Rapportage ${v.year} goedgekeurd`,
        body: (v) => `Het programmabureau heeft de voortgangsrapportage over ${v.year} van ${v.consortium} goedgekeurd. De cijfers tellen nu mee in de openbare cijfers.\n\n${v.link}`,
      },
      reportComment: {
        subject: (v) => `Nieuwe opmerking bij rapportage ${v.year} van ${v.consortium}`,
        body: (v) => `Er is een opmerking geplaatst bij de voortgangsrapportage over ${v.year} van ${v.consortium}:\n\n${v.note ?? ''}\n\nLees en beantwoord haar via:\n${v.link}`,
      },
      reminderDue: {
        subject: (v) => `Herinnering: rapportage ${v.year} uiterlijk ${v.deadline}`,
        body: (v) => `De voortgangsrapportage over ${v.year} van ${v.consortium} moet uiterlijk ${v.deadline} zijn ingediend. Vul haar in en dien haar in via:\n${v.link}`,
      },
      reminderOverdue: {
        subject: (v) => `Termijn verstreken: rapportage ${v.year}`,
        body: (v) => `De termijn voor de voortgangsrapportage over ${v.year} van ${v.consortium} is op ${v.deadline} verstreken en de rapportage is nog niet ingediend. Dien haar zo snel mogelijk in via:\n${v.link}`,
      },
    },
  },
  en: {
    signature: '\n\nKind regards,\nThe programme office\n\nThis is an automatic message from PPS Monitor.',
    kind: {
      reportSubmitted: {
        subject: (v) => `Report ${v.year} of ${v.consortium} submitted`,
        body: (v) => `${v.consortium} has submitted the progress report on ${v.year}. Review the report at:\n${v.link}`,
      },
      reportReturned: {
        subject: (v) => `Report ${v.year} returned`,
        body: (v) => `The programme office has returned the progress report on ${v.year} of ${v.consortium}.\n\nNote:\n${v.note ?? ''}\n\nRevise the report and submit it again at:\n${v.link}`,
      },
      reportApproved: {
        subject: (v) => `Report ${v.year} approved`,
        body: (v) => `The programme office has approved the progress report on ${v.year} of ${v.consortium}. Its figures now count in the public figures.\n\n${v.link}`,
      },
      reportComment: {
        subject: (v) => `New comment on report ${v.year} of ${v.consortium}`,
        body: (v) => `A comment was posted on the progress report on ${v.year} of ${v.consortium}:\n\n${v.note ?? ''}\n\nRead and answer it at:\n${v.link}`,
      },
      reminderDue: {
        subject: (v) => `Reminder: report ${v.year} due ${v.deadline}`,
        body: (v) => `The progress report on ${v.year} of ${v.consortium} is due on ${v.deadline}. Fill it in and submit it at:\n${v.link}`,
      },
      reminderOverdue: {
        subject: (v) => `Deadline passed: report ${v.year}`,
        body: (v) => `The deadline for the progress report on ${v.year} of ${v.consortium} passed on ${v.deadline} and the report has not been submitted. Please submit it as soon as possible at:\n${v.link}`,
      },
    },
  },
});

// Mails about an account: an invitation (in the inviting page's language) and a password reset (in the account's).
type AccountMailWording = {
  resetSubject: string;
  resetBody: (link: string) => string;
  invitationSubject: string;
  invitationBody: (v: { link: string; role: string; days: number }) => string;
  invitedAs: Record<'programmabureau' | 'beoordelaar' | 'coordinator', string>;
};

export const accountMailTexts = defineMessages<AccountMailWording>({
  nl: {
    resetSubject: 'Nieuw wachtwoord kiezen voor PPS Monitor',
    resetBody: (link) => `Iemand (hopelijk u) heeft gevraagd om een nieuw wachtwoord voor uw account.\n\nKies een nieuw wachtwoord via deze link (één uur geldig, één keer te gebruiken):\n${link}\n\nHeeft u dit niet gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft dan hetzelfde.`,
    invitationSubject: 'Uitnodiging voor het portaal van PPS Monitor',
    invitationBody: (v) => `U bent uitgenodigd voor het portaal van PPS Monitor als ${v.role}.\n\nMaak uw account aan via deze link (${v.days} dagen geldig, één keer te gebruiken):\n${v.link}`,
    invitedAs: { programmabureau: 'medewerker van het programmabureau', beoordelaar: 'beoordelaar', coordinator: 'coördinator van een consortium' },
  },
  en: {
    resetSubject: 'Choose a new password for PPS Monitor',
    resetBody: (link) => `Someone (hopefully you) asked for a new password for your account.\n\nChoose a new password at this link (valid for one hour, to be used once):\n${link}\n\nDid you not ask for this? Then you can ignore this e-mail; your password stays the same.`,
    invitationSubject: 'Invitation to the PPS Monitor portal',
    invitationBody: (v) => `You have been invited to the PPS Monitor portal as ${v.role}.\n\nCreate your account at this link (valid for ${v.days} days, to be used once):\n${v.link}`,
    invitedAs: { programmabureau: 'member of the programme office', beoordelaar: 'assessor', coordinator: 'coordinator of a consortium' },
  },
});
