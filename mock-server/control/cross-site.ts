/**
 * The control API's guard against web pages. A page the developer opens can send "simple" requests to
 * 127.0.0.1 without a preflight (a text/plain POST, a form), and a DNS-rebinding page can even read the
 * answers, since to the browser its own host name now points at the mock. Dev servers (webpack-dev-server,
 * Vite) guard themselves the same way, and so does this: a control request is refused when
 * - its Host is neither a loopback name (localhost, *.localhost, 127.0.0.0/8, ::1) nor the bind address
 *   (skipped when a control token is required: a page cannot know it, nor send its header without a
 *   preflight, which the control API never grants);
 * - it carries an Origin other than the mock's own (`null` included);
 * - it has a body, or a Content-Type, that is not JSON (application/json or application/*+json), on a
 *   method that takes a body: no browser sends JSON cross-site without a preflight.
 * curl, supertest, Node's fetch and other programs send no Origin and a Host that names the mock, so they
 * pass as long as they label JSON as JSON.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { MockProblem } from '../core/mock-problem.js';
import { isLoopback } from '../core/control-access.js';

/** Methods whose body the control API reads. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** The host name of a Host header or URL host (`[::1]:8088` -> `::1`), lower-cased. */
export function hostName(host: string): string {
  const trimmed = host.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(trimmed);
  if (bracketed) return bracketed[1] ?? '';
  // a bare IPv6 address has several colons; a name or IPv4 address has at most the port's
  return (trimmed.match(/:/g) ?? []).length > 1 ? trimmed : trimmed.replace(/:\d*$/, '');
}

/** Whether a Host header names this mock: a loopback name, or the address it is bound to. */
export function hostAllowed(host: string, bindHost: string): boolean {
  const name = hostName(host).replace(/\.$/, '');
  return isLoopback(name) || name.endsWith('.localhost') || name === hostName(bindHost);
}

/** Whether `contentType` labels JSON. */
export function isJsonType(contentType: string): boolean {
  const media = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return media === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(media);
}

function hasBody(headers: IncomingHttpHeaders): boolean {
  const length = headers['content-length'];
  return (length !== undefined && length !== '0') || headers['transfer-encoding'] !== undefined;
}

function refused(code: 'PBX_MOCK_HOST_REFUSED' | 'PBX_MOCK_ORIGIN_REFUSED', detail: string) {
  return new MockProblem(code, detail);
}

/** What the guard looks at. */
export interface GuardedRequest {
  readonly method: string;
  readonly headers: IncomingHttpHeaders;
}

/** The problem to refuse `req` with, or undefined when it may go on. */
export function crossSiteRefusal(
  req: GuardedRequest,
  bindHost: string,
  tokenRequired: boolean,
): MockProblem | undefined {
  const { host, origin } = req.headers;
  if (!tokenRequired && host !== undefined && !hostAllowed(host, bindHost)) {
    return refused(
      'PBX_MOCK_HOST_REFUSED',
      `Host ${JSON.stringify(host.slice(0, 100))} is not a loopback name or the bind address (${bindHost}); a web page reached the mock under another name (DNS rebinding?). Use http://127.0.0.1 or http://localhost, or set a control token (--control-token) to reach the control API under any name.`,
    );
  }
  if (origin !== undefined && !originIsOwn(origin, host)) {
    return refused(
      'PBX_MOCK_ORIGIN_REFUSED',
      `Origin ${JSON.stringify(origin.slice(0, 100))} is not the mock's own; the control API does not answer web pages from other sites. Programs (curl, fetch in Node, test clients) send no Origin.`,
    );
  }
  const type = req.headers['content-type'];
  if (BODY_METHODS.has(req.method) && (type !== undefined || hasBody(req.headers))) {
    if (type === undefined || !isJsonType(type)) {
      return new MockProblem(
        'PBX_MOCK_NOT_JSON',
        `${type === undefined ? 'The body has no Content-Type' : `Content-Type ${JSON.stringify(type.slice(0, 100))} is not JSON`}; send it as application/json (curl: -H 'Content-Type: application/json').`,
        { field: 'body' },
      );
    }
  }
  return undefined;
}

function originIsOwn(origin: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.host === host.trim().toLowerCase()
    );
  } catch {
    // `null` (a sandboxed frame, a file:// page) and anything else that is no URL
    return false;
  }
}
