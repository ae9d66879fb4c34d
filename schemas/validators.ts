/**
 * The typed validators of every schema. They are compiled once, at build time, by ajv (strict, draft 2020-12,
 * ajv-formats) into schemas/validators.generated.ts (scripts/gen-validators.ts; drift-checked by gen:check),
 * so starting the mock costs no schema compilation.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as generated from './validators.generated.js';
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
  SenderInfo: T.SenderInfo;
  FileInfo: T.FileInfo;
  MsgRecord: T.MsgRecord;
  MsgSessionRecords: T.MsgSessionRecords;
  MessageGetParams: T.MessageGetParams;
  MessageGetAnswer: T.MessageGetAnswer;
  MessageQueryParams: T.MessageQueryParams;
  MessageQueryAnswer: T.MessageQueryAnswer;
  MsgRouting: T.MsgRouting;
  MsgChannel: T.MsgChannel;
  MessageChannelGetParams: T.MessageChannelGetParams;
  MessageChannelGetAnswer: T.MessageChannelGetAnswer;
  MessageChannelQueryParams: T.MessageChannelQueryParams;
  MessageChannelQueryAnswer: T.MessageChannelQueryAnswer;
  MockProblemDocument: T.MockProblemDocument;
  ControlDelay: T.ControlDelay;
  ControlFault: T.ControlFault;
  ControlSessionChoice: T.ControlSessionChoice;
  ControlRuleMatch: T.ControlRuleMatch;
  ControlRuleAnswer: T.ControlRuleAnswer;
  ControlRule: T.ControlRule;
  ControlRuleState: T.ControlRuleState;
  ControlRuleList: T.ControlRuleList;
  ControlClockRequest: T.ControlClockRequest;
  ControlClockState: T.ControlClockState;
  ControlSessionState: T.ControlSessionState;
  ControlSessionCreate: T.ControlSessionCreate;
  ControlSessionPatch: T.ControlSessionPatch;
  ControlSessionView: T.ControlSessionView;
  ControlHistoryShape: T.ControlHistoryShape;
  ControlHistoryView: T.ControlHistoryView;
  ControlSessionList: T.ControlSessionList;
  ControlJournalQuery: T.ControlJournalQuery;
  ControlJournalEntry: T.ControlJournalEntry;
  ControlJournal: T.ControlJournal;
  ControlResetRequest: T.ControlResetRequest;
}

/** A schema title, which is also its TypeScript type name. */
export type SchemaTitle = keyof SchemaTypes;

const table = generated as unknown as Partial<Record<string, ValidateFunction>>;

/** The typed validator of one schema. */
export function validator<K extends SchemaTitle>(title: K): ValidateFunction<SchemaTypes[K]> {
  const validate = table[title];
  if (!validate) throw new Error(`No schema titled ${title} in schemas/registry.ts`);
  return validate as ValidateFunction<SchemaTypes[K]>;
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
