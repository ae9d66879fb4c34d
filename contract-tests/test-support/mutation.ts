/** What a mutation is, and helpers that alter the JSON answers passing through the test proxy. */
import { isJsonObject } from '../json-fields.js';
import { json, setJson } from './proxy.js';
import type { ProxyAnswer, ProxyHooks, ProxyRequest } from './proxy.js';

/** One broken variant of the target. */
export interface Mutation {
  readonly id: string;
  /** What the firmware or proxy does wrong. */
  readonly fault: string;
  /** Checks that must fail (empty: none may fail). */
  readonly caughtBy: readonly string[];
  readonly exit: 0 | 1 | 3;
  /** Words of the CLI's output that name the fault. */
  readonly message: RegExp;
  readonly hooks: ProxyHooks;
  /** Extra CLI flags. */
  readonly args?: readonly string[];
}

/** A JSON object as the proxy alters it. */
export type Body = Record<string, unknown>;

/** Alters the JSON answers of `endpoint` (all endpoints when undefined). */
export function onAnswers(
  endpoint: string | undefined,
  alter: (body: Body, req: ProxyRequest, res: ProxyAnswer) => void,
): ProxyHooks {
  return {
    answer(req, res) {
      if (endpoint !== undefined && req.endpoint !== endpoint) return;
      if (!res.headers['content-type']?.includes('json')) return;
      const body = json(res);
      alter(body, req, res);
      setJson(res, body);
    },
  };
}

/** Alters the SessionInfo of message_session/get answers. */
export function onSession(alter: (info: Body) => void): ProxyHooks {
  return onAnswers('message_session/get', (body) => {
    const list = body.list;
    if (isJsonObject(list)) alter(list);
  });
}
