/**
 * Generated sequences that fill the stores past their byte budgets: large rules, large sessions, removals,
 * resets, listings and device requests with long request lines. fuzz.test.ts runs them against a mock with
 * small budgets and checks that every answer is a documented one and no store grows past its budget.
 */
import fc from 'fast-check';
import type { WireRequest } from './fuzz-client.js';

const JSON_TYPE = { 'content-type': 'application/json' };

function body(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value));
}

const size = fc.integer({ min: 0, max: 40_000 });

const ruleId = fc.integer({ min: 0, max: 30 }).map((n) => `fuzz-${n}`);

const addRule = fc.tuple(ruleId, size).map(([id, bytes]): WireRequest => ({
  method: 'POST',
  path: '/__mock/rules',
  headers: JSON_TYPE,
  body: body({
    id,
    // a rule takes at most 16 headers of 1024 characters: the size comes as several headers
    match: {
      headers: Object.fromEntries(
        Array.from({ length: Math.min(16, Math.ceil(bytes / 2500)) }, (_, i) => [
          `x-case-${i}`,
          'r'.repeat(1000),
        ]),
      ),
    },
    answer: { errcode: 60001 },
  }),
}));

const addSession = fc
  .tuple(fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }), size)
  .map(([id, bytes]): WireRequest => ({
    method: 'POST',
    path: id === undefined ? '/__mock/sessions' : `/__mock/sessions/${id}`,
    headers: JSON_TYPE,
    body: body({
      info: {
        channel_type: 'sms',
        did_number: '+15550100',
        to_number: '+15550199',
        user_info: {
          user_id: 0,
          user_no: '+15550199',
          user_type: 2,
          avatar: '',
          username: 's'.repeat(bytes),
        },
        channel_name: 'SMS Test',
        origin: '',
      },
    }),
  }));

const remove = fc.oneof(
  ruleId.map((id): WireRequest => ({
    method: 'DELETE',
    path: `/__mock/rules/${id}`,
    headers: {},
    body: undefined,
  })),
  fc.integer({ min: 1, max: 60 }).map((id): WireRequest => ({
    method: 'DELETE',
    path: `/__mock/sessions/${id}`,
    headers: {},
    body: undefined,
  })),
);

const list = fc
  .constantFrom('/__mock/rules', '/__mock/sessions', '/__mock/journal')
  .map((path): WireRequest => ({ method: 'GET', path, headers: {}, body: undefined }));

const longDeviceRequest = fc.integer({ min: 0, max: 12_000 }).map((bytes): WireRequest => ({
  method: 'GET',
  path: `/openapi/v1.0/message_session/get?id=1&pad=${'p'.repeat(bytes)}`,
  headers: { 'user-agent': 'OpenAPI' },
  body: undefined,
}));

const reset: fc.Arbitrary<WireRequest> = fc.constant({
  method: 'POST',
  path: '/__mock/reset',
  headers: JSON_TYPE,
  body: body({}),
});

/** One step of a budget run. */
export const budgetStep: fc.Arbitrary<WireRequest> = fc.oneof(
  { weight: 5, arbitrary: addRule },
  { weight: 5, arbitrary: addSession },
  { weight: 2, arbitrary: remove },
  { weight: 2, arbitrary: list },
  { weight: 4, arbitrary: longDeviceRequest },
  { weight: 1, arbitrary: reset },
);

/** A run: a sequence of steps. */
export const budgetRun = fc.array(budgetStep, { minLength: 10, maxLength: 40 });
