import { z } from 'zod';
import { apiComponents } from './components.ts';

export type JsonSchema = Record<string, unknown>;

const SAFE_LIMITS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

// Tidies zod's output for OpenAPI 3.0 readers: no safe-integer bounds, no date regex, null in nullable enums, plain $refs.
// Objects stay open (no additionalProperties: false) so that adding a field is not a breaking change for clients.
function tidy(ctx: { jsonSchema: JsonSchema }) {
  const s = ctx.jsonSchema;
  if (s.additionalProperties === false) delete s.additionalProperties;
  const allOf = s.allOf as JsonSchema[] | undefined;
  if (allOf?.length === 1 && Object.keys(s).length === 1 && allOf[0]?.$ref) {
    s.$ref = allOf[0].$ref;
    delete s.allOf;
  }
  if (SAFE_LIMITS.has(s.minimum as number)) delete s.minimum;
  if (SAFE_LIMITS.has(s.maximum as number)) delete s.maximum;
  if ((s.format === 'date' || s.format === 'date-time') && s.pattern) delete s.pattern;
  if (s.nullable === true && Array.isArray(s.enum) && !s.enum.includes(null)) s.enum = [...s.enum, null];
}

/** All registered components as OpenAPI 3.0 schemas, referring to each other by $ref. */
export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiComponents, {
    target: 'openapi-3.0',
    uri: (id) => `#/components/schemas/${id}`,
    io: 'output',
    override: tidy,
  }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(schemas)) delete schema.$id;
  return schemas;
}

/** One request parameter's schema (what the client sends, before coercion and defaults). */
export function inputSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', override: tidy, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}
