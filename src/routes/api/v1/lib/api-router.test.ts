import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../../../../config.ts';
import { createLogger } from '../../../../logger.ts';
import { handleError } from '../../../errors.tsx';
import { ApiRouter } from './api-router.ts';
import { component } from './components.ts';

const Ding = component('TestDing', z.object({ naam: z.string().meta({ description: 'Naam.', example: 'a' }) }).meta({ description: 'Een ding.' }));

function appWith(handler: () => unknown) {
  const api = new ApiRouter().tag('Dingen', 'Testdingen.');
  api.get({ path: '/dingen/{id}', operationId: 'haalDing', tag: 'Dingen', summary: 's', description: 'd', response: Ding,
    params: z.object({ id: z.coerce.number().int().min(1) }), handler: handler as () => { naam: string } });
  const app = new Hono();
  app.route('/api/v1', api.hono);
  app.onError(handleError(createLogger(loadConfig({ LOG_LEVEL: 'silent' }))));
  return { app, api };
}

describe('ApiRouter', () => {
  it('records the operation for the document with its response component', () => {
    const { api } = appWith(() => ({ naam: 'a' }));
    expect(api.operations).toMatchObject([{ method: 'get', path: '/dingen/{id}', responseId: 'TestDing', hasNotFound: false }]);
  });

  it('never sends a body that breaks its schema: that is a 500 problem, without the body', async () => {
    const { app } = appWith(() => ({ naam: 42, geheim: 'x' }));
    const res = await app.request('/api/v1/dingen/1');
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.text()).not.toContain('geheim');
  });

  it('strips fields the schema does not name', async () => {
    const { app } = appWith(() => ({ naam: 'a', geheim: 'x' }));
    expect(await (await app.request('/api/v1/dingen/1')).json()).toEqual({ naam: 'a' });
  });

  it('answers other methods with 405 and Allow', async () => {
    const { app } = appWith(() => ({ naam: 'a' }));
    const res = await app.request('/api/v1/dingen/1', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('refuses definitions that would break the rules: trailing slash, unknown tag, unnamed response', () => {
    const api = new ApiRouter().tag('Dingen', 'Testdingen.');
    const base = { operationId: 'x', tag: 'Dingen', summary: 's', description: 'd', response: Ding, handler: () => ({ naam: 'a' }) };
    expect(() => api.get({ ...base, path: '/dingen/' })).toThrow(/slash/);
    expect(() => api.get({ ...base, path: '/dingen', tag: 'Onbekend' })).toThrow(/tag/);
    expect(() => api.get({ ...base, path: '/dingen', response: z.object({ naam: z.string() }) })).toThrow(/component/);
  });
});
