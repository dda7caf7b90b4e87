import type { Mail } from './send-mail.ts';

// Mail texts are Dutch: the recipient's language is not known yet; plain text keeps links visible and safe.
const SIGNATURE = '\n\nMet vriendelijke groet,\nHet programmabureau\n\nDit is een automatisch bericht van PPS Monitor.';

export function passwordResetMail(to: string, link: string): Mail {
  return {
    to,
    subject: 'Nieuw wachtwoord kiezen voor PPS Monitor',
    text: `Iemand (hopelijk u) heeft gevraagd om een nieuw wachtwoord voor uw account.\n\nKies een nieuw wachtwoord via deze link (één uur geldig, één keer te gebruiken):\n${link}\n\nHeeft u dit niet gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft dan hetzelfde.${SIGNATURE}`,
  };
}

export function invitationMail(to: string, link: string, roleLabel: string, days: number): Mail {
  return {
    to,
    subject: 'Uitnodiging voor het portaal van PPS Monitor',
    text: `U bent uitgenodigd voor het portaal van PPS Monitor als ${roleLabel}.\n\nMaak uw account aan via deze link (${days} dagen geldig, één keer te gebruiken):\n${link}${SIGNATURE}`,
  };
}
