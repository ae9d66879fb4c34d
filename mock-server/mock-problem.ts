/**
 * Mock errors are misuse of the mock itself (an unknown forced errcode, a malformed control request). They
 * are answered as non-200 application/problem+json with a stable code, so they can never pass for a device reply.
 */
import type { Response } from 'express';

/** A stable code naming what was misused. */
export type MockProblemCode =
  | 'PBX_MOCK_BAD_ERRCODE_PREFERENCE'
  | 'PBX_MOCK_UNKNOWN_ERRCODE'
  | 'PBX_MOCK_UNKNOWN_PREFERENCE'
  | 'PBX_MOCK_BAD_CODE_PREFERENCE'
  | 'PBX_MOCK_BAD_CONTROL_REQUEST'
  | 'PBX_MOCK_NOT_FOUND'
  | 'PBX_MOCK_UNAUTHORIZED'
  | 'PBX_MOCK_METHOD_NOT_ALLOWED'
  | 'PBX_MOCK_CONFLICT'
  | 'PBX_MOCK_HOST_REFUSED'
  | 'PBX_MOCK_ORIGIN_REFUSED'
  | 'PBX_MOCK_NOT_JSON'
  | 'PBX_MOCK_STORE_FULL';

/** A misuse of the mock, answered as problem+json. */
export class MockProblem extends Error {
  override readonly name = 'MockProblem';

  constructor(
    readonly code: MockProblemCode,
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(`${title}: ${detail}`);
  }
}

/** Sends `problem` as RFC 9457 problem+json. */
export function sendProblem(res: Response, problem: MockProblem): void {
  res
    .status(problem.status)
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: `https://pbx-mock-kit.local/problems/${problem.code.toLowerCase().replaceAll('_', '-')}`,
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        code: problem.code,
        ...problem.extra,
      }),
    );
}
