import { defineMessages } from './messages.ts';

// Texts shared by the consortium, report and office pages of the portal.
export const FLASH_KEYS = [
  'opgeslagen', 'toegevoegd', 'verwijderd', 'ingediend', 'goedgekeurd', 'teruggestuurd', 'geplaatst', 'gestart',
  'verzoek_ingediend', 'besluit_vastgelegd', 'regel_toegevoegd', 'uitgenodigd', 'bijgewerkt',
] as const;
export type FlashKey = (typeof FLASH_KEYS)[number];

export const portalCommon = defineMessages({
  nl: {
    errorSummaryTitle: 'Er is een probleem',
    save: 'Opslaan',
    back: 'Terug',
    reload: 'Open de actuele gegevens',
    flash: {
      opgeslagen: 'De wijzigingen zijn opgeslagen.', toegevoegd: 'Toegevoegd.', verwijderd: 'Verwijderd.', ingediend: 'De rapportage is ingediend bij het programmabureau.',
      goedgekeurd: 'De rapportage is goedgekeurd; de periode is afgesloten.', teruggestuurd: 'De rapportage is teruggestuurd naar de coördinator.',
      geplaatst: 'Uw opmerking is geplaatst.', gestart: 'De rapportage is gestart en gevuld met de waarden van de vorige periode.',
      verzoek_ingediend: 'Het wijzigingsverzoek is ingediend bij het programmabureau.', besluit_vastgelegd: 'Het besluit over het wijzigingsverzoek is vastgelegd.',
      regel_toegevoegd: 'De nieuwe versie van de regel is vastgelegd.',
      uitgenodigd: 'De uitnodiging is verstuurd.', bijgewerkt: 'De gebruiker is bijgewerkt.',
    } satisfies Record<FlashKey, string>,
    sectionNavLabel: 'Onderdelen van het consortium',
    navProfile: 'Profiel', navPps: "Pps'en", navBudget: 'Begroting', navTargets: 'Doelen', navReports: 'Voortgangsrapportages',
    sources: { ngf_subsidie: 'NGF-subsidie', bedrijfsleven: 'Bedrijfsleven', onderwijs: 'Onderwijs', overheid: 'Overheid', overig: 'Overig' } as Record<string, string>,
    statuses: { niet_gestart: 'Niet gestart', concept: 'Concept', ingediend: 'Ingediend', goedgekeurd: 'Goedgekeurd', teruggestuurd: 'Teruggestuurd' } as Record<string, string>,
    levels: { vmbo: 'vmbo', mbo: 'mbo', hbo: 'hbo', wo: 'wo' } as Record<string, string>,
  },
  en: {
    errorSummaryTitle: 'There is a problem',
    save: 'Save',
    back: 'Back',
    reload: 'Open the current data',
    flash: {
      opgeslagen: 'Your changes have been saved.', toegevoegd: 'Added.', verwijderd: 'Removed.', ingediend: 'The report has been submitted to the programme office.',
      goedgekeurd: 'The report has been approved; the period is closed.', teruggestuurd: 'The report has been returned to the coordinator.',
      geplaatst: 'Your comment has been posted.', gestart: 'The report has been started, filled with the values of the previous period.',
      verzoek_ingediend: 'The change request has been submitted to the programme office.', besluit_vastgelegd: 'The decision on the change request has been recorded.',
      regel_toegevoegd: 'The new version of the rule has been recorded.',
      uitgenodigd: 'The invitation has been sent.', bijgewerkt: 'The user has been updated.',
    },
    sectionNavLabel: 'Parts of the consortium',
    navProfile: 'Profile', navPps: 'Partnerships', navBudget: 'Budget', navTargets: 'Targets', navReports: 'Progress reports',
    sources: { ngf_subsidie: 'NGF grant', bedrijfsleven: 'Business', onderwijs: 'Education', overheid: 'Government', overig: 'Other' },
    statuses: { niet_gestart: 'Not started', concept: 'Draft', ingediend: 'Submitted', goedgekeurd: 'Approved', teruggestuurd: 'Returned' },
    levels: { vmbo: 'vmbo', mbo: 'mbo', hbo: 'hbo', wo: 'wo' },
  },
});
