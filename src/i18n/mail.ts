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
