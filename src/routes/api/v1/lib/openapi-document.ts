import type { z } from 'zod';
import type { ApiOperation } from './api-router.ts';
import { componentId } from './components.ts';
import { componentSchemas, inputSchema, type JsonSchema } from './json-schema.ts';
import type { ParamsSchema } from './parse-request.ts';
import { Problem } from './problem.ts';

export type DocumentInfo = { version: string; serverUrl: string; contact: { name: string; email: string; url: string } };

const ref = (kind: 'schemas' | 'responses' | 'headers', id: string) => ({ $ref: `#/components/${kind}/${id}` });
const HEADERS = { 'API-Version': ref('headers', 'API-Version'), 'Access-Control-Allow-Origin': ref('headers', 'Access-Control-Allow-Origin') };

/** Path and query parameters from the zod shapes; description and example move up to the parameter. */
function parameters(where: 'path' | 'query', schema: ParamsSchema) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, example, ...rest } = inputSchema(field as z.ZodType) as JsonSchema & { description?: string; example?: unknown };
    const required = where === 'path' || !(field as z.ZodType).safeParse(undefined).success;
    return { name, in: where, required, description, schema: rest, ...(example === undefined ? {} : { example }) };
  });
}

function operation(op: ApiOperation) {
  const params = [...parameters('path', op.params), ...parameters('query', op.query)];
  return {
    operationId: op.operationId, tags: [op.tag], summary: op.summary, description: op.description,
    ...(params.length ? { parameters: params } : {}),
    responses: {
      200: { description: 'Gelukt.', headers: HEADERS, content: { 'application/json': { schema: ref('schemas', op.responseId) } } },
      400: ref('responses', 'OngeldigVerzoek'),
      ...(op.hasNotFound ? { 404: ref('responses', 'NietGevonden') } : {}),
      500: ref('responses', 'InterneFout'),
    },
  };
}

const problemResponse = (description: string) => ({ description, headers: HEADERS, content: { 'application/problem+json': { schema: ref('schemas', componentId(Problem)) } } });

/** The OpenAPI 3.0 document, generated from the declared operations and the same zod schemas that validate them. */
export function buildOpenApiDocument(operations: ApiOperation[], tags: Map<string, string>, info: DocumentInfo) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) paths[op.path] = { ...paths[op.path], [op.method]: operation(op) };
  return {
    openapi: '3.0.3',
    info: {
      title: 'PPS Monitor API',
      version: info.version,
      description:
        'Openbare gegevens van de regeling "Opschaling verduurzaamde PPS in het beroepsonderwijs" (Nationaal Groeifonds): kerncijfers, organisaties, indicatoren, doelen, realisaties, actielijnen, begrotingen en codelijsten. '
        + 'De API volgt de API Design Rules van Logius. Gegevens per consortium, pps en organisatie zijn voorbeelddata (veld `voorbeelddata`).',
      contact: info.contact,
      license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
    },
    servers: [{ url: info.serverUrl, description: 'Deze omgeving' }],
    tags: [...tags].map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: componentSchemas(),
      headers: {
        'API-Version': { description: 'Volledige versie van de API (semver).', schema: { type: 'string', example: info.version } },
        'Access-Control-Allow-Origin': { description: 'CORS: iedereen mag deze openbare gegevens ophalen.', schema: { type: 'string', example: '*' } },
      },
      responses: {
        OngeldigVerzoek: problemResponse('Ongeldige parameters; `invalidParams` noemt ze allemaal.'),
        NietGevonden: problemResponse('De bron bestaat niet.'),
        InterneFout: problemResponse('Er ging iets mis aan onze kant.'),
      },
    },
  };
}
