/**
 * The checks every answer goes through: HTTP status, Content-Type, the envelope (errcode, exact errmsg) and
 * the schema. Success answers are HTTP 200 (DOC); errors too, but that is only SEEN; the Content-Type the
 * device sends is SEEN. A finding's level is never stronger than its check's.
 */
import { errmsgOf } from '../schemas/error-catalogue.js';
import type { SchemaTitle } from '../schemas/validators.js';
import type { FindingSink } from './check.js';
import { shown, weakest } from './finding.js';
import type { Finding, Level } from './finding.js';
import { answerField } from './json-fields.js';
import { schemaFindings } from './schema-findings.js';
import type { AnswerMeta } from './schema-findings.js';
import type { Exchange } from './target-client.js';

/** Records a contract violation about the answer `meta` describes, at the check's level unless weaker. */
export function violation(
  sink: FindingSink,
  meta: AnswerMeta,
  detail: Pick<Finding, 'path' | 'rule' | 'expected' | 'found' | 'schema'>,
  level: Level = sink.level,
): void {
  sink.add({ kind: 'violation', level, ...meta, ...detail });
}

/** The request and answer facts every finding about `exchange` repeats. */
export function metaOf(exchange: Exchange): AnswerMeta {
  return { request: exchange.request, status: exchange.status, errcode: exchange.errcode };
}

function checkTransportFacts(sink: FindingSink, exchange: Exchange, statusLevel: Level): void {
  const meta = metaOf(exchange);
  if (exchange.status !== 200) {
    violation(
      sink,
      meta,
      {
        path: 'HTTP status',
        rule: 'the device answers every call with HTTP 200, errors included',
        expected: '200',
        found: String(exchange.status),
      },
      weakest(sink.level, statusLevel),
    );
  }
  if (!/^application\/json\b/i.test(exchange.contentType)) {
    violation(
      sink,
      meta,
      {
        path: 'Content-Type',
        expected: 'application/json',
        found: exchange.contentType || 'none',
      },
      weakest(sink.level, 'SEEN'),
    );
  }
}

/** What to do when a call the run needed meets one of the mock's lock-outs, instead of waiting it out. */
const MOCK_LOCK_OUTS: Readonly<Record<number, string>> = {
  60002:
    "the mock's token cap was reached during the run (the run holds 2 live tokens at once; other clients may hold the rest): free them with POST /__mock/reset, or start pbx-mock with --token-cap N",
  70004:
    'the mock blocked this address after failed logins: lift it with POST /__mock/reset, or start pbx-mock with --login-failure-limit 0',
};

/**
 * Checks a success answer against schema `title` (with cross-field rules). Returns whether the payload can
 * be used (a JSON object with errcode 0); findings are recorded either way.
 */
export function expectSuccess(sink: FindingSink, exchange: Exchange, title: SchemaTitle): boolean {
  checkTransportFacts(sink, exchange, 'DOC');
  const meta = metaOf(exchange);
  const errcode = answerField(exchange, 'errcode');
  if (typeof errcode === 'number' && errcode !== 0) {
    violation(sink, meta, {
      path: '$.errcode',
      rule: 'the call was expected to succeed',
      expected: '0 "SUCCESS"',
      found: `${errcode} ${shown(answerField(exchange, 'errmsg'))}`,
    });
    const undo = exchange.isMock ? MOCK_LOCK_OUTS[errcode] : undefined;
    if (undo !== undefined) sink.note(undo, exchange.request);
    return false;
  }
  for (const finding of schemaFindings(title, exchange.json, meta, sink.level)) sink.add(finding);
  return errcode === 0 || errcode === '0';
}

/** Checks an error answer: errcode `errcode` (a JSON integer), its exact errmsg, the ErrorAnswer schema. */
export function expectError(
  sink: FindingSink,
  exchange: Exchange,
  errcode: number,
  level: Level = sink.level,
): void {
  const at = weakest(sink.level, level);
  checkTransportFacts(sink, exchange, weakest(at, 'SEEN'));
  const meta = metaOf(exchange);
  const errmsg = errmsgOf(errcode) ?? '';
  const foundCode = answerField(exchange, 'errcode');
  const foundMsg = answerField(exchange, 'errmsg');
  if (foundCode !== errcode) {
    const sameNumber = typeof foundCode === 'string' && Number(foundCode) === errcode;
    violation(
      sink,
      meta,
      {
        path: '$.errcode',
        rule: sameNumber ? 'errcode must be a JSON integer, not a string' : 'wrong errcode',
        expected: sameNumber ? String(errcode) : `${errcode} ${JSON.stringify(errmsg)}`,
        found: sameNumber ? shown(foundCode) : `${shown(foundCode)} ${shown(foundMsg)}`,
      },
      at,
    );
    if (!sameNumber) return;
  }
  if (foundMsg !== errmsg) {
    violation(
      sink,
      meta,
      {
        path: '$.errmsg',
        rule: `errmsg of ${errcode} is exact (spaces and underscores as the vendor's table shows)`,
        expected: JSON.stringify(errmsg),
        found: shown(foundMsg),
      },
      at,
    );
  }
  for (const finding of schemaFindings('ErrorAnswer', exchange.json, meta, at)) {
    if (finding.path !== '$.errcode' && finding.path !== '$.errmsg') sink.add(finding);
  }
}
