import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { problemResponse } from '../../../errors.tsx';
import { componentId } from './components.ts';
import { parseRequest, type ParamsSchema } from './parse-request.ts';

const NO_PARAMS = z.object({});
type NoParams = typeof NO_PARAMS;

/** What the OpenAPI document needs to know about one operation. */
export type ApiOperation = {
  method: 'get';
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  params: ParamsSchema;
  query: ParamsSchema;
  responseId: string;
  hasNotFound: boolean;
};

export type RouteDefinition<P extends ParamsSchema, Q extends ParamsSchema, R extends z.ZodType> = {
  /** OpenAPI path under /api/v1, e.g. `/organisaties/{id}`; no trailing slash. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  params?: P;
  query?: Q;
  /** Registered with component(name, schema); the body is parsed with it before it is sent. */
  response: R;
  /** The operation can answer 404 (a detail resource). */
  hasNotFound?: boolean;
  handler: (input: { params: z.output<P>; query: z.output<Q>; c: Context }) => Promise<z.input<R>> | z.input<R>;
};

/** Declares API routes once: Hono handlers that validate request and response, and the operations for the document. */
export class ApiRouter {
  readonly hono = new Hono({ strict: true });
  readonly operations: ApiOperation[] = [];
  readonly tags = new Map<string, string>();

  tag(name: string, description: string): this {
    this.tags.set(name, description);
    return this;
  }

  get<R extends z.ZodType, P extends ParamsSchema = NoParams, Q extends ParamsSchema = NoParams>(def: RouteDefinition<P, Q, R>): this {
    if (def.path.endsWith('/') || !def.path.startsWith('/')) throw new Error(`API path ${def.path} must start and not end with a slash`);
    if (!this.tags.has(def.tag)) throw new Error(`Declare tag ${def.tag} with api.tag() first`);
    const schemas = { params: (def.params ?? NO_PARAMS) as P, query: (def.query ?? NO_PARAMS) as Q };
    const honoPath = def.path.replace(/\{(\w+)\}/g, ':$1');
    const isNewPath = !this.operations.some((op) => op.path === def.path);
    this.operations.push({
      method: 'get', path: def.path, operationId: def.operationId, tag: def.tag, summary: def.summary, description: def.description,
      ...schemas, responseId: componentId(def.response), hasNotFound: def.hasNotFound ?? false,
    });
    this.hono.get(honoPath, async (c) => {
      const input = parseRequest(c, schemas);
      // A body that does not match its documented schema is our bug: it fails as a 500, never sent.
      const body = def.response.parse(await def.handler({ ...input, c }));
      return c.json(body as object);
    });
    if (isNewPath) this.hono.all(honoPath, (c) => methodNotAllowed(c));
    return this;
  }
}

function methodNotAllowed(c: Context) {
  c.header('Allow', 'GET, HEAD, OPTIONS');
  return problemResponse(c, {
    type: 'about:blank', title: 'Methode niet toegestaan', status: 405, instance: c.req.path,
    detail: `Deze bron ondersteunt alleen GET; ${c.req.method} is niet toegestaan.`,
  });
}
