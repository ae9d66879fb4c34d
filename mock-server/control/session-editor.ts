/**
 * Changing the session store on purpose: add a session, close, archive or take one over (participants
 * emptied), put one in place of another, remove one. Every result is checked against SessionInfo, so the
 * mock never serves a session the contract suite would reject, and is visible through get, query, list and
 * search at once. The paging order stays sound: last_msg_id follows the session id and is never set by hand.
 */
import type {
  ControlSessionList,
  ControlSessionState,
  SessionInfo,
} from '../../schemas/types.generated.js';
import { validator } from '../../schemas/validators.js';
import type { SessionRecord, SessionState } from '../../fixtures/session-record.js';
import { MockProblem } from '../core/mock-problem.js';
import type { SessionHistories } from '../state/session-history.js';
import type { SessionStore } from '../state/session-store.js';
import { jsonText } from '../core/json-stream.js';
import type { JsonPart } from '../core/json-stream.js';
import { badControlRequest, checkControl, fieldErrors } from '../core/control-validate.js';

/** A stored session as the control API shows it. */
export interface SessionView {
  readonly info: SessionInfo;
  readonly state: SessionState;
}

function notFound(id: number): MockProblem {
  return new MockProblem(
    'PBX_MOCK_NOT_FOUND',
    `Session ${id} does not exist; add it with POST /__mock/sessions.`,
  );
}

function checkInfo(info: Record<string, unknown>): SessionInfo {
  const check = validator('SessionInfo');
  if (check(info)) return info;
  throw badControlRequest(fieldErrors(check.errors ?? [], 'info'), 'body');
}

function checkState(state: ControlSessionState | undefined): void {
  if (state?.last_msg_id !== undefined) {
    throw badControlRequest(
      [
        {
          field: 'state/last_msg_id',
          message: 'is kept by the store (the paging order follows the session id)',
        },
      ],
      'body',
    );
  }
}

/**
 * The largest id a session can be added under: its last_msg_id (id * 1000 + n) must fit the 15 digits the
 * first_msg_id cursor takes, or a client could not page past it.
 */
export const MAX_SESSION_ID = 999_999_999_999;

/** The default expire of a new session: a fresh 24-hour window where the channel has one (OPEN). */
function defaultExpire(info: SessionInfo): number {
  return info.channel_type === 'whatsapp' || info.channel_type === 'facebook' ? 86_400 : -1;
}

/** Edits the session store and remembers what it changed, until reset. */
export class SessionEditor {
  private readonly touched = new Set<number>();

  constructor(
    private readonly store: SessionStore,
    /** Histories whose shapes a removed or replaced session loses. */
    private readonly histories?: SessionHistories,
  ) {}

  /** A stored session, or undefined. */
  view(id: number): SessionView | undefined {
    const record = this.store.get(id);
    return record && { info: record.info, state: record.state };
  }

  /**
   * Adds a session (POST /__mock/sessions) or, with `pathId`, puts one in place of session `pathId`
   * (POST /__mock/sessions/:id). Without an id anywhere the store picks the next free one.
   */
  add(body: unknown, pathId?: number): SessionView {
    const request = checkControl('ControlSessionCreate', body, 'body');
    const given = request.info as Record<string, unknown>;
    checkState(request.state);
    if (pathId !== undefined && given.id !== undefined && given.id !== pathId) {
      throw badControlRequest(
        [{ field: 'info/id', message: `must be ${pathId} (the path's id) or absent` }],
        'body',
      );
    }
    if (given.id !== undefined && !(Number.isSafeInteger(given.id) && (given.id as number) >= 1)) {
      throw badControlRequest(
        [{ field: 'info/id', message: 'must be a positive integer' }],
        'body',
      );
    }
    const id = pathId ?? (given.id as number | undefined) ?? this.store.nextId();
    if (id > MAX_SESSION_ID) {
      if (pathId === undefined && given.id === undefined) {
        throw new MockProblem(
          'PBX_MOCK_CONFLICT',
          `Every id above the largest session is past ${MAX_SESSION_ID}; give info.id.`,
          { field: 'info/id' },
        );
      }
      throw badControlRequest(
        [
          {
            field: pathId === undefined ? 'info/id' : 'id',
            message: `must be at most ${MAX_SESSION_ID}, so its last_msg_id fits the first_msg_id cursor`,
          },
        ],
        'body',
      );
    }
    const existing = this.store.get(id);
    if (existing && pathId === undefined) {
      throw new MockProblem(
        'PBX_MOCK_CONFLICT',
        `Session ${id} exists; change it with PATCH /__mock/sessions/${id} or replace it with POST /__mock/sessions/${id}.`,
        { field: 'info/id' },
      );
    }
    const { id: _ignored, ...rest } = given;
    const info = checkInfo({ id, ...rest });
    const state: SessionState = {
      is_close: request.state?.is_close ?? 0,
      is_archived: request.state?.is_archived ?? 0,
      expire: request.state?.expire ?? defaultExpire(info),
      last_msg_id: existing?.state.last_msg_id ?? id * 1000,
    };
    // a replaced session's history is generated again: a shape chosen for the old one may not fit it
    if (existing) this.histories?.removeShape(id);
    return this.put({ info, state });
  }

  /** Changes fields of session `id` (PATCH /__mock/sessions/:id): close, archive, take over... */
  patch(id: number, body: unknown): SessionView {
    const request = checkControl('ControlSessionPatch', body, 'body');
    checkState(request.state);
    const record = this.store.get(id);
    if (!record) throw notFound(id);
    const changes = (request.info ?? {}) as Record<string, unknown>;
    if (changes.id !== undefined && changes.id !== id) {
      throw badControlRequest([{ field: 'info/id', message: 'cannot change' }], 'body');
    }
    const info = checkInfo({ ...record.info, ...changes, id });
    const state: SessionState = { ...record.state, ...request.state };
    return this.put({ info, state });
  }

  /**
   * Moves session `id`'s newest message to `lastMsgId`, inside the session's own id block, for a history
   * shape that needs more msg_ids (PUT /__mock/sessions/:id/history) or gives them back.
   */
  moveNewest(id: number, lastMsgId: number): SessionView {
    const record = this.store.get(id);
    if (!record) throw notFound(id);
    return this.put({ info: record.info, state: { ...record.state, last_msg_id: lastMsgId } });
  }

  /** Removes session `id` until reset (DELETE /__mock/sessions/:id). */
  remove(id: number): void {
    if (!this.store.remove(id)) throw notFound(id);
    this.histories?.removeShape(id);
    this.touched.add(id);
  }

  /** What GET /__mock/sessions answers: the seeded set and every change since reset. */
  list(): ControlSessionList {
    const ids = [...this.touched].sort((a, b) => b - a);
    const changed: SessionView[] = [];
    const removed: number[] = [];
    for (const id of ids) {
      const view = this.view(id);
      if (view) changed.push(view);
      else removed.push(id);
    }
    return { seed: this.store.seed, generated: this.store.count, changed, removed };
  }

  /**
   * The same answer as parts to stream (json-stream.ts): with the sessions store at its budget the listing
   * is larger than a string may be. Sessions changed or removed while it is written may show either way.
   */
  listParts(): JsonPart[] {
    const ids = [...this.touched].sort((a, b) => b - a);
    const { seed, count } = this.store;
    const view = (id: number) => this.view(id);
    return [
      `{"seed":${jsonText(seed)},"generated":${jsonText(count)},"changed":`,
      {
        items: (function* () {
          for (const id of ids) yield view(id);
        })(),
      },
      ',"removed":',
      {
        items: (function* () {
          for (const id of ids) if (!view(id)) yield id;
        })(),
      },
      '}',
    ];
  }

  /** Forgets what it changed (the store itself is reset by its owner). */
  reset(): void {
    this.touched.clear();
  }

  private put(record: SessionRecord): SessionView {
    this.store.put(record);
    this.touched.add(record.info.id);
    return { info: record.info, state: record.state };
  }
}

/** Parses a session id from a path; throws the 400 problem naming `id`. */
export function sessionId(raw: string | undefined): number {
  const id = raw !== undefined && /^[0-9]{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) {
    throw badControlRequest([{ field: 'id', message: 'must be a positive integer' }], 'id');
  }
  return id;
}
