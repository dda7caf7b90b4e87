import { z } from 'zod';

// The named schemas of the OpenAPI document (components.schemas), filled when the schema modules load.
export const apiComponents = z.registry<{ id: string }>();
const byId = new Map<string, z.ZodType>();

/** Registers a response schema under a PascalCase name; the document refers to it with $ref. */
export function component<T extends z.ZodType>(id: string, schema: T): T {
  const existing = apiComponents.get(schema);
  if (existing && existing.id !== id) throw new Error(`Schema already registered as ${existing.id}`);
  if (!existing && byId.has(id)) throw new Error(`Another schema is already registered as ${id}`);
  if (!existing) {
    apiComponents.add(schema, { id });
    byId.set(id, schema);
  }
  return schema;
}

export function componentId(schema: z.ZodType): string {
  const meta = apiComponents.get(schema);
  if (!meta) throw new Error('Response schemas must be registered with component(name, schema)');
  return meta.id;
}

/** The zod schema behind a `#/components/schemas/<id>` reference (contract tests resolve the document with it). */
export function componentSchema(id: string): z.ZodType | undefined {
  return byId.get(id);
}
