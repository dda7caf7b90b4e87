import { z } from 'zod';
import type { AppDeps } from '../../../deps.ts';
import type { ApiRouter } from '../lib/api-router.ts';
import { component } from '../lib/components.ts';
import { buildOpenApiDocument } from '../lib/openapi-document.ts';

const OpenApiDocument = component('OpenApiDocument', z.looseObject({
  openapi: z.string().meta({ description: 'Versie van de OpenAPI Specification.', example: '3.0.3' }),
  info: z.looseObject({
    title: z.string().meta({ description: 'Naam van de API.', example: 'PPS Monitor API' }),
    version: z.string().meta({ description: 'Versie van de API.', example: '1.0.0' }),
  }).meta({ description: 'Titel, versie en contactgegevens van de API.' }),
  paths: z.record(z.string(), z.unknown()).meta({ description: 'De operaties van de API.' }),
}).meta({ description: 'Dit document: de beschrijving van de API volgens OpenAPI 3.0.' }));

const FALLBACK_SITE = 'https://pps-monitor.example';

export function registerOpenApi(api: ApiRouter, { config }: AppDeps, version: string): void {
  api.tag('OpenAPI', 'De beschrijving van deze API.');
  const site = config.publicBaseUrl?.replace(/\/$/, '');
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  api.get({
    path: '/openapi.json', operationId: 'haalOpenApi', tag: 'OpenAPI',
    summary: 'OpenAPI-document',
    description: 'Deze API beschreven volgens de OpenAPI Specification 3.0, gegenereerd uit dezelfde schema\'s die verzoeken en antwoorden controleren.',
    response: OpenApiDocument,
    handler: () => (document ??= buildOpenApiDocument(api.operations, api.tags, {
      version,
      serverUrl: `${site ?? ''}/api/v1`,
      contact: { name: 'Programmabureau PPS Monitor', email: 'api@pps-monitor.example', url: `${site ?? FALLBACK_SITE}/open-data` },
    })),
  });
}
