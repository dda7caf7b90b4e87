// The scheme as published (see docs/decisions/006 and PROGRAMME.md): the parts of the demo that are public facts.
export const PROGRAMME = {
  slug: 'ngf-opschaling-pps',
  name: 'Opschaling verduurzaamde PPS in het beroepsonderwijs',
  shortName: 'NGF Opschaling pps',
  budgetCeiling: 210_000_000,
  startsOn: '2023-09-01',
  endsOn: '2027-08-31',
  legalBasis: 'Regeling nationale EZK- en LNV-subsidies, Titel 3.29 (Stcrt. 2023, 8430)',
  description:
    'Nationaal Groeifonds: opschaling van publiek-private samenwerking tussen beroepsonderwijs en bedrijfsleven, met focus op de energietransitie en digitalisering.',
};

export const ROUND = {
  name: 'Aanvraagronde 2023',
  opensOn: '2023-03-20',
  closesOn: '2023-04-17',
  budget: 210_000_000,
  decidedOn: '2023-07-06',
};

/** Totals published for the 2023 round; the generator calibrates the illustrative rows to them. */
export const PUBLISHED_TOTALS = {
  applications: 21,
  honoured: 15,
  requested: 165_000_000,
  awarded: 123_000_000,
  totalCosts: 293_000_000,
  businessCofinancing: 97_000_000,
  lowestAward: 4_300_000,
  highestAward: 9_000_000,
  companiesBaseline: 10_000,
  companiesTarget: 30_000,
};

export const ACTION_LINES = [
  { code: 'AL1', nameNl: 'Versterken van ketens en ecosystemen', nameEn: 'Strengthening chains and ecosystems',
    descriptionNl: 'Verbinden van partijen uit verschillende sectoren, (onderwijs)domeinen en disciplines.', weight: 0.3 },
  { code: 'AL2', nameNl: 'Talentontwikkeling van aankomende en huidige werknemers', nameEn: 'Talent development of future and current employees',
    descriptionNl: 'Bijvoorbeeld het ontwikkelen van nieuwe curricula en/of leervormen.', weight: 0.22 },
  { code: 'AL3', nameNl: 'Een leven lang leren voor werknemers en werkzoekenden', nameEn: 'Lifelong learning for employees and job seekers',
    descriptionNl: 'Bijvoorbeeld het ontwikkelen van (in company) trainingen en e-learningmodules.', weight: 0.18 },
  { code: 'AL4', nameNl: 'Innovatie van de beroepspraktijk', nameEn: 'Innovation of professional practice',
    descriptionNl: 'Oplossingen voor praktijkvragen in bedrijfsopdrachten, onderzoeksprojecten en learning communities.', weight: 0.17 },
  { code: 'AL5', nameNl: 'Contextrijke infrastructuur', nameEn: 'Context-rich infrastructure',
    descriptionNl: 'Leeromgevingen waarin onderwijs en beroepspraktijk samenkomen.', weight: 0.13 },
] as const;

export const SELECTION_CRITERIA = [
  { code: 'krapte', nameNl: 'Daadwerkelijke krapte op de arbeidsmarkt', nameEn: 'Actual labour market shortage' },
  { code: 'bijdrage', nameNl: 'Potentiële bijdrage aan maatschappelijke uitdagingen en verdienvermogen', nameEn: 'Potential contribution to societal challenges and earning capacity' },
  { code: 'bereik', nameNl: 'Bereik van de pps onder bedrijven en studenten', nameEn: 'Reach of the pps among companies and students' },
  { code: 'aansluiting', nameNl: 'Aansluiting bij provinciaal en/of regionaal beleid', nameEn: 'Fit with provincial and/or regional policy' },
] as const;

export const RULES = [
  { code: 'max_toekenning_per_aanvraag', value: 9_000_000, descriptionNl: 'Maximale toekenning per aanvraag (euro)', descriptionEn: 'Maximum award per application (euro)', source: 'Diversiteit in beeld; Stcrt. 2023, 8430', isIllustrative: false },
  { code: 'min_provincies_per_consortium', value: 1, descriptionNl: 'Elk consortium bedient ten minste één provincie', descriptionEn: 'Every consortium serves at least one province', source: 'Diversiteit in beeld', isIllustrative: false },
  { code: 'verplichte_partnertypen', value: ['onderwijsinstelling', 'bedrijf'], descriptionNl: 'Een pps verbindt onderwijsinstellingen en bedrijfsleven', descriptionEn: 'A pps connects educational institutions and business', source: 'Stcrt. 2023, 8430 (verduurzaamde PPS)', isIllustrative: false },
  { code: 'focus_transities', value: ['energietransitie', 'digitale transitie'], descriptionNl: 'Focus op de klimaat- en energietransitie of de digitale transitie', descriptionEn: 'Focus on the climate and energy transition or the digital transition', source: 'nationaalgroeifonds.nl', isIllustrative: false },
  { code: 'rapportagefrequentie', value: 'jaarlijks', descriptionNl: 'Jaarlijkse voortgangsrapportage', descriptionEn: 'Yearly progress report', source: 'nationaalgroeifonds.nl (subsidiepagina)', isIllustrative: false },
  { code: 'faseplan', value: { maand: 5, projectjaar: 2 }, descriptionNl: 'Faseplan in mei van het tweede projectjaar voor de laatste twee jaar', descriptionEn: 'Phase plan in May of the second project year for the last two years', source: 'nationaalgroeifonds.nl (subsidiepagina)', isIllustrative: false },
  { code: 'drempel_wijzigingsverzoek', value: 0.25, descriptionNl: 'Een kostenpost die meer dan 25% afwijkt van de begroting vraagt een wijzigingsverzoek', descriptionEn: 'A cost item deviating more than 25% from the budget needs a change request', source: 'nationaalgroeifonds.nl (subsidiepagina)', isIllustrative: false },
  { code: 'drempel_op_koers', value: 0.9, descriptionNl: 'Een consortium is op koers als de lineaire trend van nulmeting naar laatste goedgekeurde waarde in het doeljaar ten minste 90% van het doel haalt', descriptionEn: 'A consortium is on track when the linear trend from baseline to the latest approved value reaches at least 90% of the target in the target year', source: null, isIllustrative: true },
  { code: 'begroting_binnen_toekenning', value: true, descriptionNl: 'De begrote NGF-subsidie van een consortium blijft binnen de toekenning', descriptionEn: 'The budgeted NGF grant of a consortium stays within its award', source: 'Stcrt. 2023, 8430', isIllustrative: false },
  { code: 'rapportagevenster_dagen', value: 0, descriptionNl: 'Aantal dagen voor het einde van een periode waarop de rapportage erover opent (0: pas na afloop)', descriptionEn: 'Days before the end of a period on which reporting on it opens (0: only after it ends)', source: null, isIllustrative: true },
  { code: 'verplichte_rapportagevelden', value: { indicatoren: ['studenten', 'docenten', 'bedrijven', 'werkenden', 'werkzoekenden'], realisatie: true }, descriptionNl: 'Cijfers die een voortgangsrapportage moet bevatten: de bereikcijfers en de gerealiseerde kosten per actielijn en bron', descriptionEn: 'Figures a progress report must hold: the reach figures and the realised costs per action line and source', source: null, isIllustrative: true },
  { code: 'rapportage_deadline_maanden', value: 3, descriptionNl: 'De voortgangsrapportage over een jaar is uiterlijk zoveel maanden na afloop van dat jaar ingediend', descriptionEn: 'The progress report on a year is due this many months after that year ends', source: null, isIllustrative: true },
  { code: 'herinnering_dagen_voor_deadline', value: 14, descriptionNl: 'Zoveel dagen voor de termijn van een voortgangsrapportage krijgen de coördinatoren een herinnering, en nog één keer als de termijn is verstreken', descriptionEn: 'This many days before a progress report is due its coordinators get a reminder, and once more when the deadline has passed', source: null, isIllustrative: true },
  { code: 'registratie_bewaartermijn_dagen', value: 30, descriptionNl: 'Persoonsgegevens van aanmeldingen voor een evenement worden dit aantal dagen na het evenement gewist', descriptionEn: 'Personal data of event registrations is erased this many days after the event', source: null, isIllustrative: true },
  { code: 'max_subsidieaandeel', value: 0.5, descriptionNl: 'Maximaal aandeel subsidie in de totale projectkosten', descriptionEn: 'Maximum share of the grant in the total project costs', source: null, isIllustrative: true },
  { code: 'beoordelingsschaal', value: { min: 1, max: 5 }, descriptionNl: 'Beoordelaars scoren elk selectiecriterium op een schaal van 1 tot en met 5', descriptionEn: 'Assessors score each selection criterion on a scale of 1 to 5', source: null, isIllustrative: true },
  { code: 'min_gewogen_score', value: 3.5, descriptionNl: 'Een aanvraag komt voor toekenning in aanmerking vanaf een gewogen gemiddelde score van 3,5', descriptionEn: 'An application qualifies for an award from a weighted mean score of 3.5', source: null, isIllustrative: true },
] as const;

const LEVEL_BREAKDOWN = { code: 'niveau', labelNl: 'Onderwijsniveau', labelEn: 'Education level', categories: ['vmbo', 'mbo', 'hbo', 'wo'] };
const SIZE_BREAKDOWN = { code: 'omvang', labelNl: 'Omvang', labelEn: 'Size', categories: ['mkb', 'groot'] };

// Reach baselines and targets are summed over the 15 consortia; only the companies pair is published.
export const INDICATORS = [
  { code: 'studenten', nameNl: 'Bereikte studenten', nameEn: 'Students reached', unit: 'studenten', isReach: true, isCumulative: false, disaggregations: [LEVEL_BREAKDOWN], baseline: 40_000, target: 120_000 },
  { code: 'docenten', nameNl: 'Betrokken docenten', nameEn: 'Teachers involved', unit: 'docenten', isReach: true, isCumulative: false, disaggregations: [LEVEL_BREAKDOWN], baseline: 2_700, target: 8_100 },
  { code: 'bedrijven', nameNl: 'Betrokken bedrijven', nameEn: 'Companies involved', unit: 'bedrijven', isReach: true, isCumulative: false, disaggregations: [SIZE_BREAKDOWN], baseline: 10_000, target: 30_000 },
  { code: 'werkenden', nameNl: 'Werkenden in scholing', nameEn: 'Employees in training', unit: 'werkenden', isReach: true, isCumulative: false, disaggregations: [], baseline: 6_000, target: 18_000 },
  { code: 'werkzoekenden', nameNl: 'Werkzoekenden in scholing', nameEn: 'Job seekers in training', unit: 'werkzoekenden', isReach: true, isCumulative: false, disaggregations: [], baseline: 1_200, target: 3_600 },
  { code: 'curricula', nameNl: 'Nieuwe of vernieuwde curricula', nameEn: 'New or renewed curricula', unit: 'curricula', isReach: false, isCumulative: true, disaggregations: [], baseline: 0, target: 150 },
  { code: 'trainingen', nameNl: 'Ontwikkelde trainingen en modules', nameEn: 'Trainings and modules developed', unit: 'trainingen', isReach: false, isCumulative: true, disaggregations: [], baseline: 0, target: 600 },
  { code: 'innovatieprojecten', nameNl: 'Innovatieprojecten met bedrijven', nameEn: 'Innovation projects with companies', unit: 'projecten', isReach: false, isCumulative: true, disaggregations: [], baseline: 0, target: 900 },
] as const;
