import type { Locale } from '../domain/format.ts';

// Interface texts: Dutch first, English second. Keys are English, values per locale.
const nl = {
  siteName: 'PPS Monitor',
  siteTagline: 'Opschaling publiek-private samenwerking in het beroepsonderwijs',
  skipLink: 'Naar de inhoud',
  metaDescription: "Open cijfers, kaart en data van de Nationaal Groeifonds-regeling voor opschaling van publiek-private samenwerking (pps) in het beroepsonderwijs.",
  navHome: 'Regeling in cijfers',
  navDashboard: 'Diversiteit in beeld',
  navMap: 'Netwerkkaart',
  navConsortia: 'Consortia',
  navKnowledge: 'Kennisbank',
  navApi: 'Open data',
  navLabel: 'Hoofdmenu',
  languageSwitch: 'English',
  languageSwitchLabel: 'Read this page in English',
  footerData: 'Cijfers berekend uit de gegevens van de regeling. Gegevens die niet openbaar zijn, zijn voorbeelddata.',
  footerAccessibility: 'Toegankelijkheid',
  footerApi: 'API en open data',
  footerLicence: 'Broncode onder EUPL-1.2',
  tableScrollHint: 'Schuif de tabel opzij om alle kolommen te zien.',
  tableRegion: 'Tabel',
  navLogin: 'Inloggen',
  illustrative: 'voorbeelddata',
  illustrativeNotice:
    'Deze omgeving bevat voorbeelddata: de totalen van de regeling zijn openbaar, de gegevens per consortium, pps en organisatie zijn verzonnen ter illustratie.',
  homeTitle: 'De regeling in cijfers',
  homeIntro:
    'Het Nationaal Groeifonds investeert in de opschaling van publiek-private samenwerking (pps) tussen beroepsonderwijs en bedrijfsleven, met een grote focus op de energietransitie en digitalisering.',
  figAwarded: 'toegekend vanuit het ministerie t/m 2027',
  figShareOfCosts: 'van de totale kosten',
  figBusiness: 'bijdrage aan cofinanciering vanuit het bedrijfsleven',
  figLowest: 'laagst toegekende bedrag van een aanvraag',
  figHighest: 'hoogst toegekende (en maximale) bedrag van een aanvraag',
  figAverage: 'gemiddelde toekenning per aanvraag',
  figApplications: 'aanvragen',
  figHonoured: 'gehonoreerd',
  figInvestmentTitle: 'Investeren in de aansluiting onderwijs-arbeidsmarkt',
  figInvestment: (matching: string, total: string) =>
    `De bijdrage uit het Nationaal Groeifonds werkt als multiplier: ${matching} van de totale kosten dragen andere partijen, zoals het bedrijfsleven. Samen wordt er ${total} geïnvesteerd door overheid, onderwijs en bedrijfsleven.`,
  figTableCaption: 'De regeling in cijfers als tabel',
  figColFigure: 'Kengetal',
  figColValue: 'Waarde',
  figRequested: 'totaal aangevraagd',
  figBudget: 'budget van de regeling',
  figApiLink: 'Deze cijfers als JSON',
  errorTitle: 'Er ging iets mis',
  notFoundTitle: 'Pagina niet gevonden',
  notFoundText: 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.',
  serverErrorText: 'Door een fout kunnen we deze pagina nu niet tonen. Probeer het later opnieuw.',
  backHome: 'Naar de startpagina',
  a11yTitle: 'Toegankelijkheidsverklaring',
};

export type Messages = typeof nl;

const en: Messages = {
  siteName: 'PPS Monitor',
  siteTagline: 'Scaling up public-private partnerships in vocational education',
  skipLink: 'Skip to content',
  metaDescription: 'Open figures, map and data of the Dutch National Growth Fund scheme for scaling up public-private partnerships (pps) in vocational education.',
  navHome: 'Programme in figures',
  navDashboard: 'Diversity at a glance',
  navMap: 'Network map',
  navConsortia: 'Consortia',
  navKnowledge: 'Knowledge bank',
  navApi: 'Open data',
  navLabel: 'Main menu',
  languageSwitch: 'Nederlands',
  languageSwitchLabel: 'Lees deze pagina in het Nederlands',
  footerData: 'Figures computed from the programme data. Data that is not public is illustrative demo data.',
  footerAccessibility: 'Accessibility',
  footerApi: 'API and open data',
  footerLicence: 'Source code under EUPL-1.2',
  tableScrollHint: 'Scroll the table sideways to see every column.',
  tableRegion: 'Table',
  navLogin: 'Sign in',
  illustrative: 'demo data',
  illustrativeNotice:
    'This environment holds demo data: the programme totals are public, the details per consortium, pps and organisation are invented for illustration.',
  homeTitle: 'The programme in figures',
  homeIntro:
    'The Dutch National Growth Fund invests in scaling up public-private partnerships (pps) between vocational education and business, with a strong focus on the energy transition and digitalisation.',
  figAwarded: 'awarded by the ministry up to 2027',
  figShareOfCosts: 'of the total costs',
  figBusiness: 'cofinancing contributed by business',
  figLowest: 'lowest award to an application',
  figHighest: 'highest (and maximum) award to an application',
  figAverage: 'average award per application',
  figApplications: 'applications',
  figHonoured: 'honoured',
  figInvestmentTitle: 'Investing in the link between education and the labour market',
  figInvestment: (matching, total) =>
    `The contribution of the National Growth Fund works as a multiplier: ${matching} of the total costs is carried by other parties, such as business. Together government, education and business invest ${total}.`,
  figTableCaption: 'The programme in figures as a table',
  figColFigure: 'Figure',
  figColValue: 'Value',
  figRequested: 'total requested',
  figBudget: 'programme budget',
  figApiLink: 'These figures as JSON',
  errorTitle: 'Something went wrong',
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist (any more). Check the address or go to the home page.',
  serverErrorText: 'An error prevents us from showing this page right now. Please try again later.',
  backHome: 'Go to the home page',
  a11yTitle: 'Accessibility statement',
};

export function messages(locale: Locale): Messages {
  return locale === 'en' ? en : nl;
}

/** Path in the given locale: Dutch at the root, English under /en. */
export function localePath(locale: Locale, path: string): string {
  if (locale === 'nl') return path;
  return path === '/' ? '/en' : `/en${path}`;
}

/** Texts of one area (dashboard, portal, ...) in their own file: both locales, same keys. */
export function defineMessages<T>(dictionary: { nl: T; en: NoInfer<T> }): (locale: Locale) => T {
  return (locale) => dictionary[locale];
}
