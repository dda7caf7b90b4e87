// Published context figures: not computed from rows, so each carries the page it comes from and that page's date.
const GROWTH_FUND = 'nationaalgroeifonds.nl, project "Opschaling publiek-private samenwerkingen in het beroepsonderwijs"';
const DIVERSITY = 'Katapult, "Diversiteit in beeld"';
const PTVT = 'PTvT, "Meer mkb laten profiteren van pps"';

export const PROGRAMME_FACTS = [
  { code: 'budget_plan', value: 210_000_000, unit: 'euro', labelNl: 'toegekend aan het plan uit het Nationaal Groeifonds, voor vier jaar', labelEn: 'granted to the plan from the National Growth Fund, for four years', source: PTVT, sourceUrl: 'https://ptvt.nl', sourceDate: '2023-09-26' },
  { code: 'awarded_july_2023', value: 123_000_000, unit: 'euro', labelNl: "toegekend in juli 2023 aan 15 High Impact Pps'en", labelEn: 'awarded in July 2023 to 15 High Impact partnerships', source: PTVT, sourceUrl: 'https://ptvt.nl', sourceDate: '2023-09-26' },
  { code: 'pps_count', value: 400, unit: 'aantal_minimaal', labelNl: "publiek-private samenwerkingen (pps'en) in tien jaar", labelEn: 'public-private partnerships in ten years', source: DIVERSITY, sourceUrl: 'https://wijzijnkatapult.nl', sourceDate: '2023-07-06' },
  { code: 'companies', value: 12_000, unit: 'aantal', labelNl: 'bedrijven', labelEn: 'companies', source: DIVERSITY, sourceUrl: 'https://wijzijnkatapult.nl', sourceDate: '2023-07-06' },
  { code: 'teachers', value: 8_000, unit: 'aantal', labelNl: 'docenten', labelEn: 'teachers', source: DIVERSITY, sourceUrl: 'https://wijzijnkatapult.nl', sourceDate: '2023-07-06' },
  { code: 'students', value: 124_000, unit: 'aantal', labelNl: 'studenten', labelEn: 'students', source: DIVERSITY, sourceUrl: 'https://wijzijnkatapult.nl', sourceDate: '2023-07-06' },
  { code: 'reach_multiplier', value: 3, unit: 'factor', labelNl: 'de ambitie: het bereik van de consortia in vier jaar verdrievoudigen', labelEn: 'the ambition: triple the reach of the consortia in four years', source: PTVT, sourceUrl: 'https://ptvt.nl', sourceDate: '2023-09-26' },
] as const;
