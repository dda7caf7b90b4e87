import { defineMessages } from './messages.ts';

// Texts of the programme's own story on the home page; figures come from programme_facts with their sources.
export const programmeHomeMessages = defineMessages({
  nl: {
    signIn: 'Inloggen voor consortia en programmabureau',
    aboutTitle: 'Over de regeling',
    about: "Publiek-private samenwerkingen (pps'en) tussen beroepsonderwijs en bedrijfsleven leiden jongeren op voor de regionale arbeidsmarkt, houden werkenden inzetbaar door om- en bijscholing en versterken de innovatiekracht van het mkb. Met deze regeling uit het Nationaal Groeifonds worden bestaande, verduurzaamde pps'en opgeschaald, met een grote focus op de energietransitie en digitalisering.",
    planTitle: 'Het plan en de toekenning',
    startTitle: 'De startpositie: tien jaar pps',
    ambitionTitle: 'De ambitie',
    computedTitle: 'Berekend uit de aanvragen en besluiten',
    actionLinesTitle: 'Vijf actielijnen',
    actionLinesIntro: 'De consortia werken aan hun doelen binnen vijf actielijnen:',
    officeTitle: 'Wat doet het programmabureau?',
    office: "Het programmabureau ondersteunt de opschalingsinitiatieven, onder meer met een kennisprogramma; het verzamelt kennis, onder meer met een impactmeting; het organiseert bijeenkomsten en ontwikkelt nieuwe goede voorbeelden. Het beoordeelt de voortgangsrapportages van de consortia en volgt de voortgang naar de doelen.",
    newsTitle: 'Laatste nieuws en publicaties', eventsTitle: 'Komende evenementen', noEvents: 'Er zijn nu geen evenementen gepland.',
    allKnowledge: 'Alle kennis, nieuws en evenementen in de kennisbank',
    sourcesTitle: 'Bronnen', sourceDate: 'geraadpleegd als gepubliceerd op', footnote: (n: number) => `bron ${n}`,
    factsApi: 'Deze feiten als JSON',
  },
  en: {
    signIn: 'Sign in for consortia and the programme office',
    aboutTitle: 'About the scheme',
    about: 'Public-private partnerships between vocational education and business train young people for the regional labour market, keep employees employable through retraining and further training, and strengthen the innovative capacity of small and medium-sized businesses. This scheme of the National Growth Fund scales up existing, lasting partnerships, with a strong focus on the energy transition and digitalisation.',
    planTitle: 'The plan and the awards',
    startTitle: 'The starting position: ten years of partnerships',
    ambitionTitle: 'The ambition',
    computedTitle: 'Computed from the applications and decisions',
    actionLinesTitle: 'Five action lines',
    actionLinesIntro: 'The consortia work towards their goals along five action lines:',
    officeTitle: 'What does the programme office do?',
    office: 'The programme office supports the scaling-up initiatives, among other things with a knowledge programme; it gathers knowledge, among other things by measuring impact; it organises meetings and develops new good practices. It reviews the progress reports of the consortia and follows the progress towards the targets.',
    newsTitle: 'Latest news and publications', eventsTitle: 'Upcoming events', noEvents: 'No events are planned at the moment.',
    allKnowledge: 'All knowledge, news and events in the knowledge bank',
    sourcesTitle: 'Sources', sourceDate: 'as published on', footnote: (n: number) => `source ${n}`,
    factsApi: 'These facts as JSON',
  },
});

// The action lines' descriptions in English (the Dutch ones are data of the programme).
export const ACTION_LINE_DESCRIPTIONS_EN: Record<string, string> = {
  AL1: 'Connecting parties from different sectors, (education) domains and disciplines.',
  AL2: 'For example developing new curricula and/or forms of learning.',
  AL3: 'For example developing (in-company) trainings and e-learning modules.',
  AL4: 'Solutions to practical questions in company assignments, research projects and learning communities.',
  AL5: 'Learning environments where education and professional practice meet.',
};
