import { defineMessages } from './messages.ts';

// Texts of the refusals at the edge: unfit values, an unreachable database, too many requests.
export const hardeningMessages = defineMessages({
  nl: {
    unavailableTitle: 'Even niet beschikbaar',
    unavailableText: 'De database is even niet bereikbaar. Probeer het over een minuut opnieuw; er is niets verloren gegaan.',
    unfitTitle: 'Ongeldige invoer',
    unfitText: 'Een waarde past niet: een getal is te groot, een tekst te lang of bevat een teken dat niet is toegestaan. Er is niets opgeslagen.',
    storageFullTitle: 'Opslag vol',
    storageFullText: 'De opslag van de server is vol. Uw wijziging is niet opgeslagen; eerdere gegevens zijn niet aangetast. Meld dit bij de beheerder en probeer het later opnieuw.',
    tooManyTitle: 'Te veel verzoeken',
    invalidText: 'De invoer is niet geldig.',
  },
  en: {
    unavailableTitle: 'Temporarily unavailable',
    unavailableText: 'The database cannot be reached right now. Please try again in a minute; nothing has been lost.',
    unfitTitle: 'Invalid input',
    unfitText: 'A value does not fit: a number is too large, a text too long or it contains a character that is not allowed. Nothing was saved.',
    storageFullTitle: 'Storage full',
    storageFullText: 'The server’s storage is full. Your change was not saved; earlier data is not affected. Please tell the administrator and try again later.',
    tooManyTitle: 'Too many requests',
    invalidText: 'The input is not valid.',
  },
});
