/**
 * Every hand-written JSON Schema of the kit, in one list: the single input of the type generator,
 * the validators and the OpenAPI document.
 */
import agentInfo from './agent-info.json' with { type: 'json' };
import controlClockRequest from './control-clock-request.json' with { type: 'json' };
import controlClockState from './control-clock-state.json' with { type: 'json' };
import controlDelay from './control-delay.json' with { type: 'json' };
import controlFault from './control-fault.json' with { type: 'json' };
import controlHistoryShape from './control-history-shape.json' with { type: 'json' };
import controlHistoryView from './control-history-view.json' with { type: 'json' };
import controlJournalEntry from './control-journal-entry.json' with { type: 'json' };
import controlJournalQuery from './control-journal-query.json' with { type: 'json' };
import controlJournal from './control-journal.json' with { type: 'json' };
import controlResetRequest from './control-reset-request.json' with { type: 'json' };
import controlRuleAnswer from './control-rule-answer.json' with { type: 'json' };
import controlRuleList from './control-rule-list.json' with { type: 'json' };
import controlRuleMatch from './control-rule-match.json' with { type: 'json' };
import controlRuleState from './control-rule-state.json' with { type: 'json' };
import controlRule from './control-rule.json' with { type: 'json' };
import controlSessionChoice from './control-session-choice.json' with { type: 'json' };
import controlSessionCreate from './control-session-create.json' with { type: 'json' };
import controlSessionList from './control-session-list.json' with { type: 'json' };
import controlSessionPatch from './control-session-patch.json' with { type: 'json' };
import controlSessionState from './control-session-state.json' with { type: 'json' };
import controlSessionView from './control-session-view.json' with { type: 'json' };
import customerInfo from './customer-info.json' with { type: 'json' };
import delTokenAnswer from './del-token-answer.json' with { type: 'json' };
import delTokenParams from './del-token-params.json' with { type: 'json' };
import envelope from './envelope.json' with { type: 'json' };
import errorAnswer from './error-answer.json' with { type: 'json' };
import getTokenAnswer from './get-token-answer.json' with { type: 'json' };
import getTokenRequest from './get-token-request.json' with { type: 'json' };
import invalidParam from './invalid-param.json' with { type: 'json' };
import messageSessionGetAnswer from './message-session-get-answer.json' with { type: 'json' };
import messageSessionGetParams from './message-session-get-params.json' with { type: 'json' };
import messageSessionListAnswer from './message-session-list-answer.json' with { type: 'json' };
import messageSessionListParams from './message-session-list-params.json' with { type: 'json' };
import messageSessionQueryAnswer from './message-session-query-answer.json' with { type: 'json' };
import messageSessionQueryParams from './message-session-query-params.json' with { type: 'json' };
import messageSessionSearchParams from './message-session-search-params.json' with { type: 'json' };
import senderInfo from './sender-info.json' with { type: 'json' };
import fileInfo from './file-info.json' with { type: 'json' };
import msgRecord from './msg-record.json' with { type: 'json' };
import msgSessionRecords from './msg-session-records.json' with { type: 'json' };
import messageGetParams from './message-get-params.json' with { type: 'json' };
import messageGetAnswer from './message-get-answer.json' with { type: 'json' };
import messageQueryParams from './message-query-params.json' with { type: 'json' };
import messageQueryAnswer from './message-query-answer.json' with { type: 'json' };
import msgRouting from './msg-routing.json' with { type: 'json' };
import msgChannel from './msg-channel.json' with { type: 'json' };
import messageChannelGetParams from './message-channel-get-params.json' with { type: 'json' };
import messageChannelGetAnswer from './message-channel-get-answer.json' with { type: 'json' };
import messageChannelQueryParams from './message-channel-query-params.json' with { type: 'json' };
import messageChannelQueryAnswer from './message-channel-query-answer.json' with { type: 'json' };
import mockProblem from './mock-problem.json' with { type: 'json' };
import preChatForm from './pre-chat-form.json' with { type: 'json' };
import refreshTokenAnswer from './refresh-token-answer.json' with { type: 'json' };
import refreshTokenRequest from './refresh-token-request.json' with { type: 'json' };
import sessionInfo from './session-info.json' with { type: 'json' };
import sessionListItem from './session-list-item.json' with { type: 'json' };

/** A schema as the registry holds it: `$id` and `title` are always present. */
export interface RegisteredSchema {
  readonly $id: string;
  readonly title: string;
  readonly [keyword: string]: unknown;
}

/** Base URI of every `$id`; relative `$ref`s resolve against it. */
export const SCHEMA_BASE_URI = 'https://pbx-mock-kit.local/schemas/';

/** All schemas, building blocks first. */
export const schemas: readonly RegisteredSchema[] = [
  invalidParam,
  envelope,
  errorAnswer,
  customerInfo,
  agentInfo,
  preChatForm,
  sessionInfo,
  sessionListItem,
  messageSessionGetParams,
  messageSessionGetAnswer,
  messageSessionQueryParams,
  messageSessionQueryAnswer,
  messageSessionListParams,
  messageSessionSearchParams,
  messageSessionListAnswer,
  getTokenRequest,
  getTokenAnswer,
  refreshTokenRequest,
  refreshTokenAnswer,
  delTokenParams,
  delTokenAnswer,
  senderInfo,
  fileInfo,
  msgRecord,
  msgSessionRecords,
  messageGetParams,
  messageGetAnswer,
  messageQueryParams,
  messageQueryAnswer,
  msgRouting,
  msgChannel,
  messageChannelGetParams,
  messageChannelGetAnswer,
  messageChannelQueryParams,
  messageChannelQueryAnswer,
  // The mock's control API (/__mock/*): never sent by a device.
  mockProblem,
  controlDelay,
  controlFault,
  controlSessionChoice,
  controlRuleMatch,
  controlRuleAnswer,
  controlRule,
  controlRuleState,
  controlRuleList,
  controlClockRequest,
  controlClockState,
  controlSessionState,
  controlSessionCreate,
  controlSessionPatch,
  controlSessionView,
  controlSessionList,
  controlHistoryShape,
  controlHistoryView,
  controlJournalQuery,
  controlJournalEntry,
  controlJournal,
  controlResetRequest,
];

/** The file name of a schema inside `schemas/`, from its `$id`. */
export function schemaFileName(schema: RegisteredSchema): string {
  return schema.$id.slice(SCHEMA_BASE_URI.length);
}
