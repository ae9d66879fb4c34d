/**
 * Control requests checked against their JSON Schemas. A malformed one is the caller's mistake with the
 * mock, so it gets a 400 problem+json that names every field at fault (JSON-pointer style, `answer/errcode`),
 * never a device answer.
 */
import type { ErrorObject } from 'ajv';
import { validator } from '../../schemas/validators.js';
import type { SchemaTitle, SchemaTypes } from '../../schemas/validators.js';
import { MockProblem } from './mock-problem.js';

/** One field at fault and what is wrong with it. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

function pointer(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const child =
    error.keyword === 'required' || error.keyword === 'dependentRequired'
      ? params.missingProperty
      : error.keyword === 'additionalProperties'
        ? params.additionalProperty
        : undefined;
  const path = error.instancePath + (typeof child === 'string' ? `/${child}` : '');
  return path.replace(/^\//, '').replaceAll('~1', '/').replaceAll('~0', '~');
}

function message(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'dependentRequired':
      return `is required with ${String(params.property)}`;
    case 'additionalProperties':
      return 'is not a known field';
    case 'false schema':
      return 'is not allowed together with the other fields given';
    case 'not':
      return 'has a value that is not allowed here';
    case 'enum':
      return `must be one of ${JSON.stringify(params.allowedValues)}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** The fields ajv `errors` name, under `prefix` (e.g. `info`), once each, in the order found. */
export function fieldErrors(errors: readonly ErrorObject[], prefix = ''): FieldError[] {
  const wrongType = errors.find((e) => e.keyword === 'type' && e.instancePath === '');
  if (wrongType) return [{ field: prefix, message: message(wrongType) }];
  const seen = new Map<string, FieldError>();
  // findings of conditional rules (if/then) follow from another field; the direct ones name the cause
  const ordered = [...errors].sort(
    (a, b) => Number(a.schemaPath.includes('/then/')) - Number(b.schemaPath.includes('/then/')),
  );
  for (const error of ordered) {
    // if/then and anyOf report a summary beside the real finding; the finding is enough
    if (error.keyword === 'if' || (error.keyword === 'anyOf' && errors.length > 1)) continue;
    const path = pointer(error);
    const field = [prefix, path].filter((part) => part !== '').join('/') || prefix;
    if (!seen.has(field)) seen.set(field, { field, message: message(error) });
  }
  return [...seen.values()];
}

/** The 400 problem for `errors` in a control request (`where` names the whole input: body, query, id). */
export function badControlRequest(errors: readonly FieldError[], where: string): MockProblem {
  const named = errors.map((e) => ({ field: e.field || where, message: e.message }));
  const first = named[0] ?? { field: where, message: 'is malformed' };
  return new MockProblem(
    'PBX_MOCK_BAD_CONTROL_REQUEST',
    named.map((e) => `${e.field}: ${e.message}`).join('; ') || `${where} is malformed`,
    { field: first.field, errors: named },
  );
}

/** Returns `input` typed when it matches schema `title`; otherwise throws the 400 problem naming the fields. */
export function checkControl<K extends SchemaTitle>(
  title: K,
  input: unknown,
  where: string,
): SchemaTypes[K] {
  const check = validator(title);
  if (check(input)) return input;
  throw badControlRequest(fieldErrors(check.errors ?? []), where);
}
