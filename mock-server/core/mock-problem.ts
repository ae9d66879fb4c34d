/**
 * Mock errors are misuse of the mock itself (an unknown forced errcode, a malformed control request). They
 * are answered as non-200 application/problem+json with a stable code, so they can never pass for a device
 * reply. Like the errcode catalogue, one table holds every code with its HTTP status and title, so a code is
 * never sent with another code's status or title; docs/control-api.md lists the same table.
 */
import type { Response } from 'express';
import type { MockProblemDocument } from '../../schemas/types.generated.js';

/** A stable code naming what was misused (schemas/mock-problem.json enumerates them). */
export type MockProblemCode = MockProblemDocument['code'];

/** What every problem of one code shares. */
export interface MockProblemKind {
  readonly status: number;
  readonly title: string;
}

/** Every mock problem code with its HTTP status and title (the schema's enum, exactly: the type checks it). */
export const MOCK_PROBLEMS: Readonly<Record<MockProblemCode, MockProblemKind>> = {
  PBX_MOCK_BAD_ERRCODE_PREFERENCE: { status: 400, title: 'Malformed errcode preference' },
  PBX_MOCK_UNKNOWN_ERRCODE: { status: 400, title: 'Unknown errcode' },
  PBX_MOCK_UNKNOWN_PREFERENCE: { status: 400, title: 'Preference not understood' },
  PBX_MOCK_BAD_CODE_PREFERENCE: { status: 400, title: 'Malformed code preference' },
  PBX_MOCK_BAD_CONTROL_REQUEST: { status: 400, title: 'Malformed control request' },
  PBX_MOCK_UNAUTHORIZED: { status: 401, title: 'Control token required' },
  PBX_MOCK_HOST_REFUSED: { status: 403, title: 'Cross-site control request refused' },
  PBX_MOCK_ORIGIN_REFUSED: { status: 403, title: 'Cross-site control request refused' },
  PBX_MOCK_NOT_FOUND: { status: 404, title: 'No such control resource' },
  PBX_MOCK_METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  PBX_MOCK_CONFLICT: { status: 409, title: 'Conflicts with the stored state' },
  PBX_MOCK_STORE_FULL: { status: 409, title: 'Store full' },
  PBX_MOCK_BODY_TOO_LARGE: { status: 413, title: 'Body too large' },
  PBX_MOCK_NOT_JSON: { status: 415, title: 'Control request body is not JSON' },
  PBX_MOCK_INTERNAL: { status: 500, title: 'The mock failed' },
};

/** The problem `type` URI of `code`: https://pbx-mock-kit.local/problems/pbx-mock-bad-control-request. */
export function problemType(code: MockProblemCode): string {
  return `https://pbx-mock-kit.local/problems/${code.toLowerCase().replaceAll('_', '-')}`;
}

/** A misuse of the mock, answered as problem+json; its status and title come from MOCK_PROBLEMS. */
export class MockProblem extends Error {
  override readonly name = 'MockProblem';
  readonly status: number;
  readonly title: string;

  constructor(
    readonly code: MockProblemCode,
    readonly detail: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    const { status, title } = MOCK_PROBLEMS[code];
    super(`${title}: ${detail}`);
    this.status = status;
    this.title = title;
  }
}

/** Sends `problem` as RFC 9457 problem+json. */
export function sendProblem(res: Response, problem: MockProblem): void {
  res
    .status(problem.status)
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: problemType(problem.code),
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        code: problem.code,
        ...problem.extra,
      }),
    );
}
