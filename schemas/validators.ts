/**
 * The one place schemas become validators: a single strict ajv instance (draft 2020-12, ajv-formats) holding
 * every schema of the registry. Each schema is compiled once, on first use, so that starting the mock does not
 * pay for validators it may never call.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { schemas } from './registry.js';
import type * as T from './types.generated.js';

/** Maps each schema title to the TypeScript type generated from it. */
export interface SchemaTypes {
  InvalidParam: T.InvalidParam;
  Envelope: T.Envelope;
  ErrorAnswer: T.ErrorAnswer;
  CustomerInfo: T.CustomerInfo;
  AgentInfo: T.AgentInfo;
  PreChatForm: T.PreChatForm;
  SessionInfo: T.SessionInfo;
  SessionListItem: T.SessionListItem;
  MessageSessionGetParams: T.MessageSessionGetParams;
  MessageSessionGetAnswer: T.MessageSessionGetAnswer;
  MessageSessionQueryParams: T.MessageSessionQueryParams;
  MessageSessionQueryAnswer: T.MessageSessionQueryAnswer;
  MessageSessionListParams: T.MessageSessionListParams;
  MessageSessionSearchParams: T.MessageSessionSearchParams;
  MessageSessionListAnswer: T.MessageSessionListAnswer;
  GetTokenRequest: T.GetTokenRequest;
  GetTokenAnswer: T.GetTokenAnswer;
  RefreshTokenRequest: T.RefreshTokenRequest;
  RefreshTokenAnswer: T.RefreshTokenAnswer;
  DelTokenParams: T.DelTokenParams;
  DelTokenAnswer: T.DelTokenAnswer;
}

/** A schema title, which is also its TypeScript type name. */
export type SchemaTitle = keyof SchemaTypes;

// ajv-formats ships CommonJS with a default export; under NodeNext it arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: false });
addFormats(ajv);
const idByTitle = new Map<string, string>();
for (const schema of schemas) {
  ajv.addSchema(schema);
  idByTitle.set(schema.title, schema.$id);
}

/** The compiled, typed validator of one schema (compiled on first call, then cached by ajv). */
export function validator<K extends SchemaTitle>(title: K): ValidateFunction<SchemaTypes[K]> {
  const id = idByTitle.get(title);
  const validate = id === undefined ? undefined : ajv.getSchema<SchemaTypes[K]>(id);
  if (!validate) throw new Error(`No schema titled ${title} in schemas/registry.ts`);
  return validate;
}

/** Compiles every schema now (tests use it to prove each compiles under strict mode). */
export function compileAll(): void {
  for (const schema of schemas) validator(schema.title as SchemaTitle);
}

/** Validates `data`; returns the ajv errors (empty when valid). */
export function validate<K extends SchemaTitle>(title: K, data: unknown): ErrorObject[] {
  const check = validator(title);
  return check(data) ? [] : [...(check.errors ?? [])];
}

/** A one-line description of ajv errors, for test failures and reports. */
export function describeErrors(errors: readonly ErrorObject[]): string {
  return errors
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} (${e.schemaPath})`)
    .join('; ');
}
