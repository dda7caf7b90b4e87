import type { Mail } from '../mail/send-mail.ts';

// Mail texts are Dutch like the other mails; plain text keeps the cancellation link visible and safe.
const SIGNATURE = '\n\nMet vriendelijke groet,\nHet programmabureau\n\nDit is een automatisch bericht van PPS Monitor.';

export type EventMailFacts = { to: string; name: string; title: string; when: string; where: string; cancelUrl: string; calendarUrl: string };

export function registrationMail(f: EventMailFacts, onWaitingList: boolean): Mail {
  const state = onWaitingList
    ? 'Het evenement is vol: u staat op de wachtlijst. Komt er een plaats vrij, dan schuift u automatisch door en krijgt u bericht.'
    : 'U bent aangemeld; er is een plaats voor u gereserveerd.';
  return {
    to: f.to,
    subject: onWaitingList ? `Wachtlijst: ${f.title}` : `Aanmelding bevestigd: ${f.title}`,
    text: `Beste ${f.name},\n\n${state}\n\n${f.title}\n${f.when}\n${f.where}\n\nIn uw agenda: ${f.calendarUrl}\n\nKunt u niet komen? Meld u dan af via deze link, zodat iemand anders uw plaats krijgt:\n${f.cancelUrl}${SIGNATURE}`,
  };
}

export function promotedMail(f: EventMailFacts): Mail {
  return {
    to: f.to,
    subject: `Er is een plaats vrij: ${f.title}`,
    text: `Beste ${f.name},\n\nEr is een plaats vrijgekomen: u bent van de wachtlijst doorgeschoven en nu aangemeld.\n\n${f.title}\n${f.when}\n${f.where}\n\nIn uw agenda: ${f.calendarUrl}\n\nKunt u toch niet komen? Meld u af via deze link:\n${f.cancelUrl}${SIGNATURE}`,
  };
}

export function cancelledMail(f: Pick<EventMailFacts, 'to' | 'name' | 'title'>): Mail {
  return { to: f.to, subject: `Afgemeld: ${f.title}`, text: `Beste ${f.name},\n\nU bent afgemeld voor ${f.title}.${SIGNATURE}` };
}
