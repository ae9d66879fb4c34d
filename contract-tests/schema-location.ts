/**
 * Where in which schema an ajv error comes from, as `$id#pointer`. ajv reports `schemaPath` relative to
 * whichever schema it inlined (`#/allOf/1/...` may belong to session-info.json while validating
 * message-session-get-answer.json), so the location is found again by walking the schema tree from the root:
 * the right schema is the one entered at the instance location the pointer's properties lead to.
 */
import type { ErrorObject } from 'ajv';
import { SCHEMA_BASE_URI, schemas } from '../schemas/registry.js';
import type { SchemaTitle } from '../schemas/validators.js';
import { pointerSegments } from './finding.js';
import { isJsonObject, valueAt } from './json-fields.js';
import type { JsonObject } from './json-fields.js';

interface Entry {
  readonly id: string;
  /** Instance path where the schema applies; '*' stands for any array index. */
  readonly prefix: readonly string[];
}

const byId = new Map<string, JsonObject>(schemas.map((s) => [s.$id, s as JsonObject]));
const idByTitle = new Map<string, string>(schemas.map((s) => [s.title, s.$id]));
const entryCache = new Map<string, Entry[]>();

function walk(id: string, node: unknown, prefix: string[], out: Entry[], depth: number): void {
  if (!isJsonObject(node) || depth > 12) return;
  if (typeof node.$ref === 'string') {
    const target = new URL(node.$ref, id).href.replace(/#$/, '');
    out.push({ id: target, prefix });
    walk(target, byId.get(target), prefix, out, depth + 1);
  }
  if (Array.isArray(node.allOf)) for (const part of node.allOf) walk(id, part, prefix, out, depth);
  if (isJsonObject(node.properties)) {
    for (const [key, child] of Object.entries(node.properties)) {
      walk(id, child, [...prefix, key], out, depth);
    }
  }
  if (node.items !== undefined) walk(id, node.items, [...prefix, '*'], out, depth);
}

function entriesOf(rootId: string): Entry[] {
  let entries = entryCache.get(rootId);
  if (!entries) {
    entries = [{ id: rootId, prefix: [] }];
    walk(rootId, byId.get(rootId), [], entries, 0);
    entryCache.set(rootId, entries);
  }
  return entries;
}

/** Whether `segments` lead to a value inside `node` (the empty pointer is the node itself). */
function resolves(node: unknown, segments: readonly string[]): boolean {
  return segments.length === 0 || valueAt(node, segments) !== undefined;
}

/** The instance path a schema pointer constrains, relative to where its schema applies. */
function instanceSegments(schemaSegments: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < schemaSegments.length - 1; i++) {
    const segment = schemaSegments[i];
    if (segment === 'properties' && i + 1 < schemaSegments.length - 1) {
      out.push(schemaSegments[i + 1] ?? '');
      i++;
    } else if (segment === 'items') out.push('*');
  }
  return out;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/** The `$id#pointer` of the schema keyword behind an ajv error raised while validating `title`. */
export function schemaLocation(title: SchemaTitle, error: ErrorObject): string {
  const rootId = idByTitle.get(title) ?? `${SCHEMA_BASE_URI}${title}`;
  const path = error.schemaPath;
  const named = /^([A-Za-z0-9_.-]+\.json)#?(\/.*)?$/.exec(path);
  if (named) return `${SCHEMA_BASE_URI}${named[1]}#${named[2] ?? ''}`;
  if (!path.startsWith('#')) return `${rootId}#${path}`;
  const pointer = path.slice(1);
  const schemaSegments = pointerSegments(pointer);
  const relative = instanceSegments(schemaSegments);
  const instance = pointerSegments(error.instancePath).map((s) => (/^\d+$/.test(s) ? '*' : s));
  for (const entry of entriesOf(rootId)) {
    if (!samePath([...entry.prefix, ...relative], instance)) continue;
    if (resolves(byId.get(entry.id), schemaSegments)) return `${entry.id}#${pointer}`;
  }
  return `${rootId}#${pointer}`;
}
