/**
 * The device's error catalogue: every documented errcode with its exact errmsg (spaces and underscores as the
 * vendor prints them). The one home of these strings: the mock answers from it and the contract suite checks
 * against it. A test ties it to the table in docs/device-api.md.
 *
 * The vendor's table goes on past 70120 (OPEN), so the errcode set is open: the mock accepts extra entries
 * from configuration, and nothing here is a closed enum.
 */

/** One errcode the device can answer. */
export interface CatalogueEntry {
  readonly errcode: number;
  /** The exact errmsg the device sends with it. */
  readonly errmsg: string;
  /** What it means, in a few words. */
  readonly meaning: string;
}

/** The documented errcodes, in the order of the vendor's table (DOC). */
export const ERROR_CATALOGUE: readonly CatalogueEntry[] = [
  { errcode: -2, errmsg: 'INTERNAL SERVER ERROR', meaning: 'internal error' },
  { errcode: -1, errmsg: 'FAILURE', meaning: 'request failed (also bad get_token credentials)' },
  { errcode: 0, errmsg: 'SUCCESS', meaning: 'success' },
  { errcode: 1, errmsg: 'PARTIAL SUCCESS', meaning: 'partly done' },
  { errcode: 2, errmsg: 'PROCESSING', meaning: 'in progress' },
  { errcode: 10001, errmsg: 'INTERFACE NOT EXISTED', meaning: 'no such interface' },
  {
    errcode: 10002,
    errmsg: 'API VERSION OUT OF MAINTENANCE',
    meaning: 'API version out of maintenance',
  },
  { errcode: 10003, errmsg: 'API VERSION UNSUPPORTED', meaning: 'API version not supported' },
  {
    errcode: 10004,
    errmsg: 'TOKEN EXPIRED',
    meaning: 'token expired (also unknown/missing token)',
  },
  { errcode: 10005, errmsg: 'ACCESS DENIED', meaning: 'no permission' },
  { errcode: 10009, errmsg: 'OPERATION FAILED', meaning: 'operation failed' },
  { errcode: 40001, errmsg: 'PARAMETER SYNTAX ERROR', meaning: 'bad parameter syntax' },
  { errcode: 40002, errmsg: 'PARAMETER ERROR', meaning: 'invalid parameter' },
  { errcode: 40003, errmsg: 'DUPLICATE KEY VALUE', meaning: 'duplicate value' },
  { errcode: 40004, errmsg: 'FILE SIZE EXCEEDED', meaning: 'file too large' },
  { errcode: 60001, errmsg: 'DATA NOT FOUND', meaning: 'no such data' },
  { errcode: 60002, errmsg: 'MAX LIMITATION EXCEEDED', meaning: 'quantity limit reached' },
  { errcode: 60101, errmsg: 'ROLE NOT EXISTED', meaning: 'no such role' },
  { errcode: 70004, errmsg: 'ACCOUNT IP BLOCKED', meaning: 'IP blocked' },
  { errcode: 70082, errmsg: 'OVERLOAD_TASK_RUNNING', meaning: 'an overload task is running' },
  { errcode: 70084, errmsg: 'ACTION FORBIDDEN', meaning: 'action forbidden' },
  { errcode: 70087, errmsg: 'IP FORBIDDEN', meaning: 'request IP forbidden' },
  { errcode: 70091, errmsg: 'CONNECTION_RELATION_EXISTED', meaning: 'item referenced elsewhere' },
  { errcode: 70093, errmsg: 'PHONEBOOK_NOT_EXISTED', meaning: 'no such phonebook' },
  { errcode: 70106, errmsg: 'RATE_NOT_EXISTED', meaning: 'no such rate' },
  { errcode: 70120, errmsg: 'ORGANIZATION DISABLED', meaning: 'organization disabled' },
];

/** Names for the errcodes the code refers to, so no number stands alone in the mock or the suite. */
export const Errcode = {
  INTERNAL_SERVER_ERROR: -2,
  FAILURE: -1,
  SUCCESS: 0,
  INTERFACE_NOT_EXISTED: 10001,
  TOKEN_EXPIRED: 10004,
  ACCESS_DENIED: 10005,
  OPERATION_FAILED: 10009,
  PARAMETER_SYNTAX_ERROR: 40001,
  PARAMETER_ERROR: 40002,
  FILE_SIZE_EXCEEDED: 40004,
  DATA_NOT_FOUND: 60001,
  MAX_LIMITATION_EXCEEDED: 60002,
  ACCOUNT_IP_BLOCKED: 70004,
} as const;

const byCode = new Map(ERROR_CATALOGUE.map((entry) => [entry.errcode, entry]));

/** The documented errmsg of `errcode`, or undefined when the catalogue does not know it. */
export function errmsgOf(errcode: number): string | undefined {
  return byCode.get(errcode)?.errmsg;
}
