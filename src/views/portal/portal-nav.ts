import type { Role } from '../../services/context.ts';

export type PortalNavItem = {
  /** Path without locale prefix. */
  path: string;
  label: { nl: string; en: string };
  /** Shown on the portal home as a card for these roles. */
  description: { nl: string; en: string };
  roles: readonly Role[];
};

const ALL: readonly Role[] = ['programmabureau', 'beoordelaar', 'coordinator', 'aanvrager'];
const OFFICE: readonly Role[] = ['programmabureau'];

// The portal menu and the home page cards: add your area with one line (the server still checks role and scope).
export const PORTAL_NAV: PortalNavItem[] = [
  { path: '/portaal', label: { nl: 'Overzicht', en: 'Overview' }, description: { nl: 'Startpagina van het portaal', en: 'Portal home' }, roles: ALL },
  { path: '/portaal/bureau/rapportages', label: { nl: 'Voortgangsrapportages', en: 'Progress reports' }, description: { nl: 'Wie heeft gerapporteerd; beoordelen, goedkeuren of terugsturen', en: 'Who has reported; review, approve or return' }, roles: OFFICE },
  { path: '/portaal/bureau/voortgang', label: { nl: 'Voortgang naar de doelen', en: 'Progress to the targets' }, description: { nl: 'Per consortium en indicator: gerealiseerd tegen doel, met trend', en: 'Per consortium and indicator: realised against target, with trend' }, roles: OFFICE },
  { path: '/portaal/bureau/rondes', label: { nl: 'Aanvraagrondes', en: 'Application rounds' }, description: { nl: 'Rondes plannen en openen, ontvankelijkheid vastleggen, beoordelaars toewijzen', en: 'Plan and open rounds, record eligibility, assign assessors' }, roles: OFFICE },
  { path: '/portaal/aanvragen', label: { nl: 'Aanvragen', en: 'Applications' }, description: { nl: 'Een aanvraag starten, invullen en indienen', en: 'Start, fill in and submit an application' }, roles: ['aanvrager', 'programmabureau'] },
  { path: '/portaal/bureau/wijzigingsverzoeken', label: { nl: 'Wijzigingsverzoeken', en: 'Change requests' }, description: { nl: 'Begrotingswijzigingen boven de drempel: goedkeuren of afwijzen', en: 'Budget changes beyond the threshold: approve or refuse' }, roles: OFFICE },
  { path: '/portaal/bureau/regels', label: { nl: 'Regels van de regeling', en: 'Programme rules' }, description: { nl: 'Versies, bronnen en geldigheid; een nieuwe versie toevoegen', en: 'Versions, sources and validity; add a new version' }, roles: OFFICE },
  { path: '/portaal/import', label: { nl: 'Gegevens inlezen', en: 'Import data' }, description: { nl: 'Organisaties en indicatorwaarden uit CSV of Excel', en: 'Organisations and indicator values from CSV or Excel' }, roles: ['programmabureau', 'coordinator'] },
  { path: '/portaal/kennis', label: { nl: 'Kennisitems', en: 'Knowledge items' }, description: { nl: 'Nieuws, publicaties, evenementen en goede voorbeelden schrijven en publiceren', en: 'Write and publish news, publications, events and good practices' }, roles: OFFICE },
  { path: '/portaal/kennis/voorstel', label: { nl: 'Goed voorbeeld voorstellen', en: 'Propose a good practice' }, description: { nl: 'Een goed voorbeeld van uw pps voorstellen aan het programmabureau', en: 'Propose a good practice of your partnership to the programme office' }, roles: ['coordinator'] },
  { path: '/portaal/gebruikers', label: { nl: 'Gebruikers', en: 'Users' }, description: { nl: 'Accounts, rollen en uitnodigingen', en: 'Accounts, roles and invitations' }, roles: OFFICE },
  { path: '/portaal/audit', label: { nl: 'Auditlog', en: 'Audit log' }, description: { nl: 'Alle wijzigingen: wie, wanneer, wat', en: 'Every change: who, when, what' }, roles: OFFICE },
  { path: '/portaal/wachtwoord', label: { nl: 'Wachtwoord wijzigen', en: 'Change password' }, description: { nl: 'Uw wachtwoord wijzigen; uw andere sessies worden beëindigd', en: 'Change your password; your other sessions end' }, roles: ALL },
  { path: '/portaal/outbox', label: { nl: 'Uitgaande e-mail', en: 'Outgoing mail' }, description: { nl: 'E-mail die in ontwikkeling niet verstuurd is', en: 'Mail kept unsent in development' }, roles: OFFICE },
];

/** The items this set of roles may see, in menu order. */
export function portalNavFor(roles: readonly Role[]): PortalNavItem[] {
  return PORTAL_NAV.filter((item) => item.roles.some((r) => roles.includes(r)));
}
