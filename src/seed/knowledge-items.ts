// The three items the seed page lists under "Gerelateerde berichten en publicaties" are public (title, date, sources, teaser);
// the rest is illustrative, built on the themes of Katapult's knowledge programme (PROGRAMME.md).
export type SeedItem = {
  kind: 'publicatie' | 'nieuws' | 'evenement' | 'goede_praktijk';
  title: string; on: string; lines: number[]; sources: string[]; summary: string; body: string; isPublic?: boolean;
  event?: { starts: string; ends: string; location?: string; online?: string; capacity: number };
  results?: string; contact?: string;
};

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

export const SEED_ITEMS: SeedItem[] = [
  { kind: 'nieuws', title: 'Grote impuls vanuit Nationaal Groeifonds in kennisontwikkeling voor onderwijs en bedrijfsleven', on: '2022-04-14', lines: [1, 2, 3, 4, 5],
    sources: ['Katapult', 'Nationaal Groeifonds'], isPublic: true,
    summary: "Het opschalen van publiek-private samenwerkingen (pps'en) in het beroepsonderwijs krijgt de komende jaren een grote impuls.",
    body: P("Het opschalen van publiek-private samenwerkingen (pps'en) in het beroepsonderwijs krijgt de komende jaren een grote impuls vanuit het Nationaal Groeifonds. Het voorstel krijgt voorwaardelijk 210 miljoen euro toegekend voor vier jaar.",
      "## Waarom opschalen",
      "De afgelopen tien jaar zijn ruim 400 publiek-private samenwerkingsverbanden ontstaan met 12.000 bedrijven, 8.000 docenten en 124.000 studenten. Die samenwerkingsverbanden verbeteren aantoonbaar de aansluiting tussen beroepsonderwijs en arbeidsmarkt.",
      "Met de investering kunnen bestaande samenwerkingsverbanden een stap verder: meer studenten, werkenden en werkzoekenden opleiden voor banen in de techniek en ICT, en innovaties sneller in de praktijk brengen.",
      "## Vijf actielijnen",
      "- versterken van ketens en ecosystemen\n- talentontwikkeling van aankomende en huidige werknemers\n- een leven lang leren voor werknemers en werkzoekenden\n- innovatie van de beroepspraktijk\n- contextrijke infrastructuur",
      "Provincies en regio's worden gevraagd hun prioriteiten aan te geven, zodat de consortia aansluiten bij regionaal beleid. In de zomer kunnen pps'en en consortia zich aanmelden.") },
  { kind: 'nieuws', title: 'Subsidieregeling publiek private samenwerking in mbo en hbo', on: '2023-03-20', lines: [1], sources: ['Katapult', 'Nationaal Groeifonds'], isPublic: true,
    summary: 'Het kabinet trekt de komende vier jaar 210 miljoen euro uit voor de opschaling van de samenwerking tussen beroepsonderwijs en bedrijfsleven.',
    body: P('Het kabinet trekt de komende vier jaar 210 miljoen euro uit voor de opschaling van de samenwerking tussen beroepsonderwijs en bedrijfsleven. Aanvragen kunnen van 20 maart tot en met 17 april 2023 worden ingediend.',
      'De regeling staat in de Staatscourant (2023, 8430). Een adviescommissie beoordeelt de plannen.') },
  { kind: 'nieuws', title: 'Vijftien PPS-projecten krijgen subsidie van Nationaal Groeifonds', on: '2023-09-26', lines: [1], sources: ['Katapult', 'Nationaal Groeifonds'], isPublic: true,
    summary: 'Vijftien samenwerkingsverbanden uit de Katapult-community hebben een subsidie ontvangen vanuit het Nationaal Groeifonds.',
    body: P('Vijftien samenwerkingsverbanden uit de Katapult-community hebben een subsidie ontvangen vanuit het Nationaal Groeifonds. In juli 2023 is in totaal 123 miljoen euro toegekend aan 15 High Impact Pps\'en, met een grote focus op de energietransitie en digitalisering.',
      'Samen met 97 miljoen euro cofinanciering uit het bedrijfsleven wordt 293 miljoen euro geïnvesteerd. De consortia willen hun bereik in vier jaar verdrievoudigen, onder meer van 10.000 naar 30.000 betrokken bedrijven.') },
  { kind: 'publicatie', title: 'Ontwikkeling van een ecosysteem-pps: lessen uit het eerste jaar', on: '2024-06-12', lines: [1], sources: ['Programmabureau'],
    summary: 'Voorbeelddata: wat consortia leerden over het verbinden van onderwijs, bedrijven en overheden in een ecosysteem.',
    body: P('Voorbeelddata. Een ecosysteem-pps verbindt partijen uit verschillende sectoren, onderwijsdomeinen en disciplines. In het eerste jaar bleek een vaste regiegroep per regio het verschil te maken.',
      '## Lessen', '1. Begin bij een gedeelde praktijkvraag.\n2. Maak afspraken over eigenaarschap van resultaten.\n3. Deel kennis tussen samenwerkingsverbanden, niet alleen binnen één pps.') },
  { kind: 'publicatie', title: 'Leercultuur in het mkb: zo krijgt leven lang ontwikkelen voet aan de grond', on: '2024-11-05', lines: [3], sources: ['Programmabureau', 'Katapult'],
    summary: 'Voorbeelddata: hoe kleine bedrijven scholing van werkenden organiseren met mbo- en hbo-instellingen.',
    body: P('Voorbeelddata. Werkenden in het mkb volgen minder vaak scholing. Korte modules op de werkplek en leergemeenschappen met docenten verlagen de drempel.',
      'De publicatie beschrijft vijf aanpakken, van leerwerkplaatsen tot e-learning in het bedrijf.') },
  { kind: 'goede_praktijk', title: 'Innovatie van de beroepspraktijk met studentenopdrachten bij installateurs', on: '2025-02-20', lines: [4, 2], sources: ['Programmabureau'],
    summary: 'Voorbeelddata: studenten lossen praktijkvragen van installatiebedrijven op in de warmtetransitie.',
    body: P('Voorbeelddata. Installatiebedrijven leveren praktijkvragen aan; mbo- en hbo-studenten werken ze uit in teams, begeleid door docenten en vakmensen.'),
    results: 'Voorbeelddata: 40 opdrachten per jaar, waarvan de helft door bedrijven is ingevoerd.', contact: 'programmabureau@voorbeeld.nl' },
  { kind: 'evenement', title: 'Landelijke kennisdag opschaling pps', on: '2025-08-20', lines: [1, 2, 3, 4, 5], sources: ['Programmabureau'],
    summary: 'Voorbeelddata: de jaarlijkse dag waarop de vijftien consortia kennis en resultaten delen.',
    body: P('Voorbeelddata. Een dag met werksessies per actielijn, de eerste resultaten van de impactmeting en ruimte om samenwerkingsverbanden te leren kennen.'),
    event: { starts: '2025-10-09T09:30:00+02:00', ends: '2025-10-09T16:30:00+02:00', location: 'Utrecht', capacity: 150 } },
  { kind: 'nieuws', title: 'Vijftien consortia halverwege: eerste resultaten van de impactmeting', on: '2025-09-15', lines: [1], sources: ['Programmabureau'],
    summary: 'Voorbeelddata: de consortia rapporteren hun bereik onder studenten, docenten en bedrijven.',
    body: P('Voorbeelddata. Halverwege de looptijd hebben de consortia hun voortgangsrapportages ingediend. De meeste liggen op koers naar hun doelen voor 2027.') },
  { kind: 'publicatie', title: 'Internationalisering van pps: verkenning van Europese partners', on: '2026-03-18', lines: [1], sources: ['Katapult'],
    summary: 'Voorbeelddata: welke Europese netwerken passen bij de consortia.',
    body: P('Voorbeelddata. Een verkenning van Centres of Vocational Excellence en andere Europese netwerken die aansluiten bij de consortia.') },
  { kind: 'goede_praktijk', title: 'Een contextrijke leeromgeving in een warmtenetlab', on: '2026-05-27', lines: [5], sources: ['Programmabureau'],
    summary: 'Voorbeelddata: een leerlab waar studenten en werkenden samen aan een echt warmtenet werken.',
    body: P('Voorbeelddata. Een regionaal warmtebedrijf, twee roc\'s en een hogeschool bouwden samen een leerlab met een werkend warmtenet.'),
    results: 'Voorbeelddata: 300 studenten en 120 werkenden per jaar getraind.', contact: 'programmabureau@voorbeeld.nl' },
  { kind: 'evenement', title: 'Learning community digitale vaardigheden in de techniek', on: '2026-10-01', lines: [2, 4], sources: ['Programmabureau'],
    summary: 'Voorbeelddata: een online bijeenkomst van docenten en bedrijven over digitale vaardigheden.',
    body: P('Voorbeelddata. Docenten en vakmensen delen lesmateriaal en praktijkvoorbeelden over digitale vaardigheden in de techniek.'),
    event: { starts: '2026-12-03T15:00:00+01:00', ends: '2026-12-03T17:00:00+01:00', online: 'https://voorbeeld.nl/learning-community', capacity: 40 } },
  { kind: 'evenement', title: 'Netwerkbijeenkomst consortia 2027', on: '2026-11-15', lines: [1], sources: ['Programmabureau'],
    summary: 'Voorbeelddata: de consortia ontmoeten elkaar en de provincies.',
    body: P('Voorbeelddata. Een middag voor coördinatoren, provincies en het programmabureau over de laatste fase van de regeling.'),
    event: { starts: '2027-03-11T13:00:00+01:00', ends: '2027-03-11T17:00:00+01:00', location: 'Zwolle', capacity: 80 } },
];
