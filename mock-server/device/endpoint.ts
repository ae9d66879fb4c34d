/**
 * What a handler of the device table is: given the request's parameters (or body), already checked against
 * the schema the table names, it returns the payload the table's key holds, or throws a DeviceError. The
 * types follow the table, so a handler that takes or returns the wrong shape does not compile.
 */
import type {
  DeviceEndpointName,
  DeviceEndpointOf,
  DeviceEndpointSpec,
} from '../../schemas/device-endpoints.js';
import type { SchemaTypes } from '../../schemas/validators.js';
import type { Query } from '../core/query.js';
import type { PbxState } from '../state/pbx-state.js';
import type { StoredUpload } from '../state/upload-store.js';

/** One request, as a handler sees it. */
export interface EndpointContext {
  /** The whole query (access_token included). */
  readonly query: Query;
  /** The client's address, for login-failure counting. */
  readonly address: string;
  readonly pbx: PbxState;
}

/** The success payload; the dispatcher puts errcode 0 and SUCCESS in front of it. */
export type Payload = Record<string, unknown>;

type Spec<N extends DeviceEndpointName> = DeviceEndpointOf<N>;

/** What a multipart endpoint's handler receives: the files the reader kept, in the order of the parts. */
export interface UploadedForm {
  readonly files: readonly StoredUpload[];
}

/** What the handler of N receives: its checked parameters (GET), body (POST) or uploaded files. */
export type InputOf<N extends DeviceEndpointName> =
  Spec<N> extends { readonly bodyType: 'multipart' }
    ? UploadedForm
    : Spec<N> extends { readonly params: infer T extends keyof SchemaTypes }
      ? SchemaTypes[T]
      : Spec<N> extends { readonly body: infer T extends keyof SchemaTypes }
        ? SchemaTypes[T]
        : Record<string, never>;

type Answer<N extends DeviceEndpointName> = SchemaTypes[Spec<N>['answer']];

/** What the handler of N returns: the value under the table's key, or the answer's own fields. */
export type OutputOf<N extends DeviceEndpointName> = Spec<N>['key'] extends 'list' | 'data'
  ? Answer<N>[Spec<N>['key'] & keyof Answer<N>]
  : Omit<Answer<N>, 'errcode' | 'errmsg'>;

/** The handler of N. */
export type Handler<N extends DeviceEndpointName> = (
  input: InputOf<N>,
  context: EndpointContext,
) => OutputOf<N>;

/** One handler per entry of the table, by name: a missing one does not compile. */
export type Handlers = { readonly [N in DeviceEndpointName]: Handler<N> };

/** A table entry with its handler attached, as the dispatcher runs it. */
export interface Endpoint {
  readonly spec: DeviceEndpointSpec;
  /**
   * Checks the input against the table's schema (40002 naming the field), runs the handler, keys the payload.
   * A multipart endpoint's body is the UploadedForm its reader made, passed on as it is.
   */
  run(context: EndpointContext, body: unknown): Payload;
}
