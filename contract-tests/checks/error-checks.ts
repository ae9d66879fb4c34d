/**
 * Error behaviour a live device can show without harm: unknown, missing and non-integer ids, an unknown
 * path, the wrong method and a missing User-Agent. Each answer: HTTP 200, the errcode, its exact errmsg.
 */
import { Errcode } from '../../schemas/error-catalogue.js';
import { UNKNOWN_ENDPOINT } from '../allow-list.js';
import { expectError } from '../answer-checks.js';
import type { Check } from '../check.js';

/** An id no device holds: the largest the id pattern allows. */
export const UNKNOWN_SESSION_ID = '999999999999999';

/** The error checks, in the order they run. */
export const ERROR_CHECKS: readonly Check[] = [
  {
    id: 'error.unknown-id',
    title: 'message_session/get for an id that does not exist answers 60001 DATA NOT FOUND',
    level: 'OPEN',
    mockOnly: false,
    async run(ctx, sink) {
      const answer = await ctx.client.call({
        method: 'GET',
        endpoint: 'message_session/get',
        token: ctx.token,
        query: { id: UNKNOWN_SESSION_ID },
      });
      sink.note(`an unknown id answered errcode ${answer.errcode ?? 'absent'}`, answer.request);
      expectError(sink, answer, Errcode.DATA_NOT_FOUND);
    },
  },
  {
    id: 'error.missing-id',
    title: 'message_session/get without id answers 40002 PARAMETER ERROR',
    level: 'OPEN',
    mockOnly: false,
    async run(ctx, sink) {
      const answer = await ctx.client.call({
        method: 'GET',
        endpoint: 'message_session/get',
        token: ctx.token,
      });
      sink.note(`a missing id answered errcode ${answer.errcode ?? 'absent'}`, answer.request);
      expectError(sink, answer, Errcode.PARAMETER_ERROR);
    },
  },
  {
    id: 'error.non-integer-id',
    title: 'message_session/get with id=abc answers 40002 PARAMETER ERROR',
    level: 'OPEN',
    mockOnly: false,
    async run(ctx, sink) {
      const answer = await ctx.client.call({
        method: 'GET',
        endpoint: 'message_session/get',
        token: ctx.token,
        query: { id: 'abc' },
      });
      sink.note(`a non-integer id answered errcode ${answer.errcode ?? 'absent'}`, answer.request);
      expectError(sink, answer, Errcode.PARAMETER_ERROR);
    },
  },
  {
    id: 'error.unknown-path',
    title: 'a path under /openapi/v1.0/ that does not exist answers 10001 INTERFACE NOT EXISTED',
    level: 'SEEN',
    mockOnly: false,
    async run(ctx, sink) {
      const answer = await ctx.client.call({
        method: 'GET',
        endpoint: UNKNOWN_ENDPOINT,
        token: ctx.token,
      });
      expectError(sink, answer, Errcode.INTERFACE_NOT_EXISTED);
    },
  },
  {
    id: 'error.wrong-method',
    title: 'POST to message_session/get (a GET endpoint) answers 10001 INTERFACE NOT EXISTED',
    level: 'SEEN',
    mockOnly: false,
    async run(ctx, sink) {
      const answer = await ctx.client.call({
        method: 'POST',
        endpoint: 'message_session/get',
        token: ctx.token,
        query: { id: '1' },
        body: {},
      });
      expectError(sink, answer, Errcode.INTERFACE_NOT_EXISTED);
    },
  },
  {
    id: 'error.missing-user-agent',
    title: 'a call without a User-Agent header answers 40002 PARAMETER ERROR',
    level: 'SEEN',
    mockOnly: false,
    async run(ctx, sink) {
      const answer = await ctx.client.call({
        method: 'GET',
        endpoint: 'message_session/list',
        token: ctx.token,
        query: { page_size: '1', user_type: '9' },
        userAgent: false,
      });
      expectError(sink, answer, Errcode.PARAMETER_ERROR);
    },
  },
];
