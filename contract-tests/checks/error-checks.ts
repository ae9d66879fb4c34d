/**
 * Error behaviour a live device can show without harm: unknown, missing and non-integer ids, an unknown
 * path, the wrong method and a missing User-Agent. Each answer: HTTP 200, the errcode, its exact errmsg. A
 * probe answered with a page that is not JSON is a finding at the probe's level, not an unreachable target.
 */
import { Errcode, errmsgOf } from '../../schemas/error-catalogue.js';
import { UNKNOWN_ENDPOINT } from '../allow-list.js';
import { expectError, metaOf, violation } from '../answer-checks.js';
import type { Check } from '../check.js';
import { TransportError } from '../errors.js';
import { shown } from '../finding.js';
import type { Level } from '../finding.js';
import { answerField, fieldOf } from '../json-fields.js';
import type { CallSpec, Exchange } from '../target-client.js';

/** An id no device holds: the largest the id pattern allows. */
export const UNKNOWN_SESSION_ID = '999999999999999';

/** One harmless probe: a request, the errcode it must answer, and whether to record what it answered. */
interface ErrorProbe {
  readonly id: string;
  readonly title: string;
  readonly level: Level;
  readonly request: Omit<CallSpec, 'token'>;
  readonly errcode: number;
  /** What the request was, for the note that records a device's actual answer (OPEN behaviours). */
  readonly noted?: string;
  /** The parameter invalid_param_list must name (a 40002 for a missing parameter). */
  readonly names?: string;
}

const PROBES: readonly ErrorProbe[] = [
  {
    id: 'error.unknown-id',
    title: 'message_session/get for an id that does not exist answers 60001 DATA NOT FOUND',
    level: 'OPEN',
    request: { method: 'GET', endpoint: 'message_session/get', query: { id: UNKNOWN_SESSION_ID } },
    errcode: Errcode.DATA_NOT_FOUND,
    noted: 'an unknown id',
  },
  {
    id: 'error.missing-id',
    title: 'message_session/get without id answers 40002 PARAMETER ERROR',
    level: 'OPEN',
    request: { method: 'GET', endpoint: 'message_session/get' },
    errcode: Errcode.PARAMETER_ERROR,
    noted: 'a missing id',
  },
  {
    id: 'error.non-integer-id',
    title: 'message_session/get with id=abc answers 40002 PARAMETER ERROR',
    level: 'OPEN',
    request: { method: 'GET', endpoint: 'message_session/get', query: { id: 'abc' } },
    errcode: Errcode.PARAMETER_ERROR,
    noted: 'a non-integer id',
  },
  {
    id: 'error.message-unknown-session',
    title: 'message/get for a session id that does not exist answers 60001 DATA NOT FOUND',
    level: 'OPEN',
    request: {
      method: 'GET',
      endpoint: 'message/get',
      query: { id: UNKNOWN_SESSION_ID, page_size: '1' },
    },
    errcode: Errcode.DATA_NOT_FOUND,
    noted: 'message/get for an unknown session',
  },
  {
    id: 'error.message-missing-page-size',
    title:
      'message/get without page_size (required, DOC) answers 40002 PARAMETER ERROR, invalid_param_list naming page_size',
    level: 'OPEN',
    request: { method: 'GET', endpoint: 'message/get', query: { id: '1' } },
    errcode: Errcode.PARAMETER_ERROR,
    noted: 'message/get without page_size',
    names: 'page_size',
  },
  {
    id: 'error.channel-unknown-id',
    title: 'message_channel/get for a channel id that does not exist answers 60001 DATA NOT FOUND',
    level: 'OPEN',
    request: {
      method: 'GET',
      endpoint: 'message_channel/get',
      query: { id: UNKNOWN_SESSION_ID },
    },
    errcode: Errcode.DATA_NOT_FOUND,
    noted: 'message_channel/get for an unknown id',
  },
  {
    id: 'error.unknown-path',
    title: 'a path under /openapi/v1.0/ that does not exist answers 10001 INTERFACE NOT EXISTED',
    level: 'SEEN',
    request: { method: 'GET', endpoint: UNKNOWN_ENDPOINT },
    errcode: Errcode.INTERFACE_NOT_EXISTED,
  },
  {
    id: 'error.wrong-method',
    title: 'POST to message_session/get (a GET endpoint) answers 10001 INTERFACE NOT EXISTED',
    level: 'SEEN',
    request: { method: 'POST', endpoint: 'message_session/get', query: { id: '1' }, body: {} },
    errcode: Errcode.INTERFACE_NOT_EXISTED,
  },
  {
    id: 'error.missing-user-agent',
    title: 'a call without a User-Agent header answers 40002 PARAMETER ERROR',
    level: 'SEEN',
    request: {
      method: 'GET',
      endpoint: 'message_session/list',
      query: { page_size: '1', user_type: '9' },
      userAgent: false,
    },
    errcode: Errcode.PARAMETER_ERROR,
  },
];

/** The error checks, in the order they run. */
export const ERROR_CHECKS: readonly Check[] = PROBES.map((probe) => ({
  id: probe.id,
  title: probe.title,
  level: probe.level,
  mockOnly: false,
  async run(ctx, sink) {
    let answer: Exchange;
    try {
      answer = await ctx.client.call({ ...probe.request, token: ctx.token });
    } catch (error) {
      // a web server's own error page for an odd request is how this target differs, not an unreachable target
      if (!(error instanceof TransportError) || error.reason !== 'not-json') throw error;
      sink.add({
        kind: 'violation',
        level: sink.level,
        request: error.request,
        rule: 'the device answers errors as JSON (HTTP 200, errcode, errmsg)',
        expected: `errcode ${probe.errcode} ${JSON.stringify(errmsgOf(probe.errcode) ?? '')}`,
        found: error.detail,
      });
      return;
    }
    if (probe.noted !== undefined) {
      sink.note(`${probe.noted} answered errcode ${answer.errcode ?? 'absent'}`, answer.request);
    }
    expectError(sink, answer, probe.errcode);
    const list = answerField(answer, 'invalid_param_list');
    const named = Array.isArray(list) && list.some((p) => fieldOf(p, 'field') === probe.names);
    if (probe.names !== undefined && answer.errcode === String(probe.errcode) && !named) {
      violation(sink, metaOf(answer), {
        path: '$.invalid_param_list[*].field',
        rule: 'invalid_param_list names the parameter at fault',
        expected: `an entry with field ${JSON.stringify(probe.names)}`,
        found: shown(list),
      });
    }
  },
}));
