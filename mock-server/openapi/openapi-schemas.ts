/**
 * The JSON Schemas of the registry as OpenAPI 3.1 components, embedded rather than written twice: each
 * schema goes under components/schemas/<title>, its `$id`/`$schema` dropped and every `$ref` between files
 * rewritten to a component pointer, so standard OpenAPI tooling resolves them inside the one document.
 */
import type { RegisteredSchema } from '../../schemas/registry.js';
import { schemaFileName, schemas } from '../../schemas/registry.js';
import type { SchemaTitle } from '../../schemas/validators.js';

/** A JSON object of an OpenAPI document. */
export type Json = Record<string, unknown>;

const titleByFile = new Map(schemas.map((schema) => [schemaFileName(schema), schema.title]));
const byTitle = new Map(schemas.map((schema) => [schema.title, schema]));

/** The pointer of a component schema. */
export function componentRef(title: SchemaTitle, fragment = ''): Json {
  return { $ref: `#/components/schemas/${title}${fragment}` };
}

function rewriteRef(ref: string, ownTitle: string): string {
  const mark = ref.indexOf('#');
  const file = mark < 0 ? ref : ref.slice(0, mark);
  const fragment = mark < 0 ? '' : ref.slice(mark + 1);
  const title = file === '' ? ownTitle : titleByFile.get(file);
  if (title === undefined) throw new Error(`$ref ${ref} in ${ownTitle} names no registered schema`);
  return `#/components/schemas/${title}${fragment}`;
}

function embed(node: unknown, ownTitle: string): unknown {
  if (Array.isArray(node)) return node.map((item) => embed(item, ownTitle));
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$id' || key === '$schema') continue;
    out[key] =
      key === '$ref' && typeof value === 'string'
        ? rewriteRef(value, ownTitle)
        : embed(value, ownTitle);
  }
  return out;
}

/** Every registered schema as a component, keyed by title. */
export function componentSchemas(): Json {
  return Object.fromEntries(schemas.map((schema) => [schema.title, embed(schema, schema.title)]));
}

/** A registered schema by title (throws when there is none: a typo in a table must fail the build). */
export function schemaOf(title: SchemaTitle): RegisteredSchema {
  const schema = byTitle.get(title);
  if (!schema) throw new Error(`No schema titled ${title} in schemas/registry.ts`);
  return schema;
}

/** One property of an object schema: where it is defined (its own title or one it pulls in with allOf). */
export interface SchemaProperty {
  readonly name: string;
  readonly owner: SchemaTitle;
  readonly required: boolean;
  readonly description: string | undefined;
}

/** The properties of object schema `title`, including those of schemas it pulls in with allOf. */
export function propertiesOf(title: SchemaTitle): SchemaProperty[] {
  const schema = schemaOf(title);
  const found: SchemaProperty[] = [];
  for (const part of (schema.allOf as { $ref?: string }[] | undefined) ?? []) {
    const file = part.$ref?.split('#')[0];
    const inner = file === undefined ? undefined : titleByFile.get(file);
    if (inner !== undefined) found.push(...propertiesOf(inner as SchemaTitle));
  }
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const properties =
    (schema.properties as Record<string, { description?: string }> | undefined) ?? {};
  for (const [name, property] of Object.entries(properties)) {
    const at = found.findIndex((p) => p.name === name);
    const entry = {
      name,
      owner: title,
      required: required.has(name),
      description: property.description,
    };
    if (at >= 0)
      found[at] = { ...entry, required: entry.required || (found[at]?.required ?? false) };
    else found.push(entry);
  }
  return found.map((p) => (required.has(p.name) ? { ...p, required: true } : p));
}

/** The properties of object schema `title` as OpenAPI query parameters, each pointing at its schema. */
export function queryParameters(title: SchemaTitle, skip: readonly string[] = []): Json[] {
  return propertiesOf(title)
    .filter((property) => !skip.includes(property.name))
    .map((property) => ({
      name: property.name,
      in: 'query',
      required: property.required,
      ...(property.description === undefined ? {} : { description: property.description }),
      schema: componentRef(property.owner, `/properties/${property.name}`),
    }));
}
