/**
 * Request parameters checked against their JSON Schemas, and ajv's findings turned into the device's
 * 40002 PARAMETER ERROR with an invalid_param_list that names each field at fault.
 */
import type { ErrorObject } from 'ajv';
import { Errcode } from '../../schemas/error-catalogue.js';
import type { InvalidParam } from '../../schemas/types.generated.js';
import { validator } from '../../schemas/validators.js';
import type { SchemaTitle, SchemaTypes } from '../../schemas/validators.js';
import { DeviceError, invalidValue, requiredParam } from './device-error.js';

function fieldOf(error: ErrorObject): string | undefined {
  if (error.keyword === 'required') {
    return (error.params as { missingProperty?: string }).missingProperty;
  }
  const first = error.instancePath.split('/')[1];
  return first === undefined || first === ''
    ? undefined
    : first.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The invalid_param_list entries for ajv `errors` on `input`, one per field. */
export function invalidParams(errors: readonly ErrorObject[], input: unknown): InvalidParam[] {
  const seen = new Map<string, InvalidParam>();
  for (const error of errors) {
    const field = fieldOf(error);
    if (field === undefined || seen.has(field)) continue;
    const value =
      typeof input === 'object' && input !== null
        ? (input as Record<string, unknown>)[field]
        : undefined;
    seen.set(
      field,
      error.keyword === 'required' ? requiredParam(field) : invalidValue(field, value),
    );
  }
  return [...seen.values()];
}

/** Returns `input` typed when it matches schema `title`; otherwise throws 40002 naming the fields. */
export function checkParams<K extends SchemaTitle>(title: K, input: unknown): SchemaTypes[K] {
  const check = validator(title);
  if (check(input)) return input;
  const list = invalidParams(check.errors ?? [], input);
  throw new DeviceError(
    Errcode.PARAMETER_ERROR,
    list.length > 0 ? { invalid_param_list: list } : {},
  );
}
