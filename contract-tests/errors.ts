/**
 * The suite's error classes, kept apart the way ky keeps NetworkError and HTTPError apart: a transport
 * problem (the target cannot be reached or speaks no HTTP/JSON) is never a contract failure, a contract
 * failure is a finding about the target, and a usage error is the caller's mistake. Each has one literal code.
 */
import type { Finding } from './finding.js';

/** Why the target could not be talked to. */
export type TransportReason =
  | 'refused'
  | 'dns'
  | 'unreachable'
  | 'tls'
  | 'timeout'
  | 'reset'
  | 'not-http'
  | 'not-json'
  | 'too-large'
  | 'aborted'
  | 'network';

/** The target could not be reached or did not answer HTTP with a JSON body (exit 3). */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  readonly code = 'PBX_CONTRACT_TRANSPORT';

  constructor(
    readonly reason: TransportReason,
    /** The request, with the access token masked. */
    readonly request: string,
    /** What went wrong, without the request. */
    readonly detail: string,
    /** What to do about it, when there is something to say (`: use https://...`). */
    readonly hint = '',
  ) {
    super(`${request}: ${detail}${hint}`);
  }
}

/** A check found the target breaking the contract; thrown by the vitest spec so the test fails with it. */
export class ContractFailure extends Error {
  override readonly name = 'ContractFailure';
  readonly code = 'PBX_CONTRACT_FAILURE';

  constructor(
    readonly checkId: string,
    readonly findings: readonly Finding[],
    message: string,
  ) {
    super(message);
  }
}

/** A field of the target's answer that no schema knows: a warning, listed by JSON path. */
export class Drift {
  readonly name = 'Drift';
  readonly code = 'PBX_CONTRACT_DRIFT';

  constructor(
    /** JSON path of the unknown field, array indexes as [*]: `$.list.participants[*].extension`. */
    readonly path: string,
    readonly checkId: string,
    /** The first request whose answer carried it (token masked). */
    readonly request: string,
  ) {}
}

/** Bad flags or configuration (exit 2): the message is the one line the CLI prints. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'PBX_CONTRACT_USAGE';
}

/** The target refused the configured credentials or this address (exit 2: fix the configuration). */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
  readonly code = 'PBX_CONTRACT_CREDENTIALS';
}

/** A call outside the read-only allow-list was attempted: a defect of the suite, never sent. */
export class RefusedCall extends Error {
  override readonly name = 'RefusedCall';
  readonly code = 'PBX_CONTRACT_REFUSED_CALL';
}
