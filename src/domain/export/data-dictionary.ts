// The data dictionary of the downloads, read from the API's JSON schemas: the CSV columns are the API's fields.
export type JsonSchema = { type?: string | string[]; description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema;
  anyOf?: JsonSchema[]; nullable?: boolean; format?: string; enum?: unknown[] };
export type DictionaryUnit = 'euro' | 'jaar' | 'datum' | 'aandeel' | 'janee' | 'lijst' | 'aantal' | 'getal' | 'code' | 'tekst';
export type DictionaryColumn = { column: string; meaning: string; unit: DictionaryUnit };

/** The schema behind a nullable field (anyOf [x, null]). */
function unwrap(schema: JsonSchema): JsonSchema {
  const inner = schema.anyOf?.find((s) => s.type !== 'null');
  return inner ? { ...inner, description: schema.description ?? inner.description } : schema;
}

function typeOf(schema: JsonSchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
}

/** What a value of the column is measured in, from its type, name and description. */
export function unitOf(column: string, schema: JsonSchema): DictionaryUnit {
  const type = typeOf(schema);
  const text = (schema.description ?? '').toLowerCase();
  if (type === 'boolean') return 'janee';
  if (type === 'array') return 'lijst';
  if (type === 'string') return schema.format === 'date' ? 'datum' : schema.enum || /code|slug/.test(column.toLowerCase()) ? 'code' : 'tekst';
  if (/euro/.test(text)) return 'euro';
  if (/jaar$/i.test(column)) return 'jaar';
  if (/aandeel|fractie|percentage/.test(text)) return 'aandeel';
  return type === 'integer' ? 'aantal' : 'getal';
}

/** One row per CSV column: nested objects as dotted columns, lists as one column (as flatten() writes them). */
export function dictionaryColumns(schema: JsonSchema, prefix = ''): DictionaryColumn[] {
  const properties = unwrap(schema).properties ?? {};
  return Object.entries(properties).flatMap(([key, raw]) => {
    const field = unwrap(raw);
    const column = prefix ? `${prefix}.${key}` : key;
    if (typeOf(field) === 'object' && field.properties) return dictionaryColumns(field, column);
    return [{ column, meaning: field.description ?? '', unit: unitOf(key, field) }];
  });
}
