import { describe, expect, it } from 'vitest';
import { dictionaryColumns } from './data-dictionary.ts';

describe('data dictionary', () => {
  it('lists nested fields as dotted columns and names the unit of each', () => {
    const columns = dictionaryColumns({
      type: 'object',
      properties: {
        naam: { type: 'string', description: 'Naam.' },
        penvoerder: { type: 'object', properties: { id: { type: 'integer', description: 'Id.' }, naam: { type: 'string', description: 'Naam van de penvoerder.' } } },
        toegekendBedrag: { type: 'integer', description: 'Toegekend bedrag in euro.' },
        oprichtingsjaar: { type: 'integer', description: 'Jaar van oprichting.' },
        aandeelGerealiseerd: { anyOf: [{ type: 'number' }, { type: 'null' }], description: 'Aandeel van het doel dat is gehaald (0 tot 1).' },
        sectoren: { type: 'array', items: { type: 'object' }, description: 'Sectoren.' },
        voorbeelddata: { type: 'boolean', description: 'Voorbeelddata?' },
      },
    });
    expect(columns.map((c) => `${c.column}:${c.unit}`)).toEqual([
      'naam:tekst', 'penvoerder.id:aantal', 'penvoerder.naam:tekst', 'toegekendBedrag:euro', 'oprichtingsjaar:jaar',
      'aandeelGerealiseerd:aandeel', 'sectoren:lijst', 'voorbeelddata:janee',
    ]);
    expect(columns[4]?.meaning).toBe('Jaar van oprichting.');
  });
});
