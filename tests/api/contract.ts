import type { Hono } from 'hono';
import { expect } from 'vitest';
import { componentSchema } from '../../src/routes/api/v1/lib/components.ts';

type DocResponse = { headers?: Record<string, unknown>; content: Record<string, { schema: { $ref: string } }> };
export type Doc = {
  info: { version: string };
  paths: Record<string, Record<string, { responses: Record<string, DocResponse | { $ref: string }> }>>;
  components: { responses: Record<string, DocResponse> };
};
type App = Hono;

/** Fetches /api/v1/openapi.json once per app: the contract every answer is checked against. */
export async function loadDocument(app: App): Promise<Doc> {
  const res = await app.request('/api/v1/openapi.json');
  expect(res.status).toBe(200);
  return (await res.json()) as Doc;
}

/**
 * Checks one answer against the document: the operation declares this status with this media type, and the body
 * matches the schema the document names for it, exactly (no undocumented fields).
 */
export function expectContract(doc: Doc, path: string, res: Response, body: unknown): void {
  const operation = doc.paths[path]?.get;
  expect(operation, `GET ${path} in the document`).toBeDefined();
  const declared = operation!.responses[String(res.status)];
  expect(declared, `GET ${path} declares status ${res.status}`).toBeDefined();
  const response = '$ref' in declared! ? doc.components.responses[declared.$ref.split('/').pop() as string]! : declared!;
  const mediaType = (res.headers.get('content-type') ?? '').split(';')[0] as string;
  const content = response.content[mediaType];
  expect(content, `GET ${path} ${res.status} declares ${mediaType}`).toBeDefined();
  const id = content!.schema.$ref.split('/').pop() as string;
  const schema = componentSchema(id);
  expect(schema, `component ${id}`).toBeDefined();
  const parsed = schema!.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(body);
  expect(res.headers.get('api-version')).toMatch(/^\d+\.\d+\.\d+$/);
}

/** GET under /api/v1, checked against the document; returns the parsed body for assertions on the figures. */
export async function getChecked<T = any>(app: App, doc: Doc, documentPath: string, url: string, status = 200): Promise<T> {
  const res = await app.request(`/api/v1${url}`);
  const body = await res.json();
  expect(res.status, JSON.stringify(body).slice(0, 500)).toBe(status);
  expectContract(doc, documentPath, res, body);
  return body as T;
}

/** Every item of a paginated collection, following the `next` links (checks each page on the way). */
export async function getAllPages<T = any>(app: App, doc: Doc, documentPath: string, url: string, key: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined = url;
  while (next) {
    const page: any = await getChecked(app, doc, documentPath, next.replace(/^\/api\/v1/, ''));
    items.push(...page._embedded[key]);
    next = page._links.next?.href;
  }
  return items;
}

/** The names in a 400's invalidParams, sorted. */
export const invalidNames = (problem: { invalidParams?: { name: string }[] }) => (problem.invalidParams ?? []).map((p) => p.name).sort();
