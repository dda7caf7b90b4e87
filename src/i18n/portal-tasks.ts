import type { TaskKind } from '../services/tasks/task.ts';
import { defineMessages } from './messages.ts';

// The task list on the portal home: what to do next, per role.
export const portalTasks = defineMessages({
  nl: {
    title: 'Te doen',
    none: 'Er staat niets voor u klaar.',
    kind: {
      reportDue: 'Voortgangsrapportage indienen', reportReturned: 'Teruggestuurde rapportage aanpassen', commentToAnswer: 'Opmerking beantwoorden',
      reportToReview: 'Rapportage beoordelen', invitationPending: 'Uitnodiging nog niet aangenomen',
    } satisfies Record<TaskKind, string>,
    report: (consortium: string, year: number) => `${consortium}, rapportage ${year}`,
    deadline: (date: string) => `uiterlijk ${date}`,
    overdue: (date: string) => `te laat: de termijn was ${date}`,
    noDeadline: 'geen termijn vastgelegd',
    since: (date: string) => `sinds ${date}`,
    expires: (date: string) => `geldig tot ${date}`,
    returnNote: (note: string) => `Toelichting van het programmabureau: ${note}`,
    open: 'Openen',
    openUsers: 'Naar gebruikers',
  },
  en: {
    title: 'To do',
    none: 'There is nothing waiting for you.',
    kind: {
      reportDue: 'Submit the progress report', reportReturned: 'Revise the returned report', commentToAnswer: 'Answer a comment',
      reportToReview: 'Review a report', invitationPending: 'Invitation not accepted yet',
    },
    report: (consortium, year) => `${consortium}, report ${year}`,
    deadline: (date) => `due ${date}`,
    overdue: (date) => `overdue: the deadline was ${date}`,
    noDeadline: 'no deadline set',
    since: (date) => `since ${date}`,
    expires: (date) => `valid until ${date}`,
    returnNote: (note) => `Note from the programme office: ${note}`,
    open: 'Open',
    openUsers: 'Go to users',
  },
});
