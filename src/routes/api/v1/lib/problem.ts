import { z } from 'zod';
import { component } from './components.ts';

// The shape errors.tsx sends as application/problem+json (RFC 9457), described for the OpenAPI document.
export const InvalidParam = component('OngeldigeParameter', z.object({
  name: z.string().meta({ description: 'Naam van de parameter.', example: 'paginaGrootte' }),
  reason: z.string().meta({ description: 'Wat er mis is, in het Nederlands.', example: 'Mag maximaal 100 zijn.' }),
}).meta({ description: 'Een ongeldige parameter en de reden.' }));

export const Problem = component('Probleem', z.object({
  type: z.string().meta({ description: 'Soort probleem; about:blank als de HTTP-status genoeg zegt.', example: 'about:blank' }),
  title: z.string().meta({ description: 'Korte titel van het probleem.', example: 'Ongeldige invoer' }),
  status: z.number().int().meta({ description: 'HTTP-statuscode.', example: 400 }),
  detail: z.string().meta({ description: 'Uitleg voor mensen.', example: 'Eén parameter is ongeldig.' }),
  instance: z.string().meta({ description: 'Pad van het verzoek.', example: '/api/v1/organisaties' }),
  invalidParams: z.array(InvalidParam).optional().meta({ description: 'Bij status 400: alle ongeldige parameters.' }),
}).meta({ description: 'Foutmelding volgens RFC 9457 (application/problem+json).' }));
