/**
 * An answer checked against its schema (schemas/validators.ts), with ajv's errors narrowed on `keyword`:
 * `additionalProperties` is drift (a field no schema knows, listed by JSON path), anything else is a
 * violation with expected versus found. Cross-field rules of SessionInfo replace the schema errors at their path.
 */
import type { ErrorObject } from 'ajv';
import { validate } from '../schemas/validators.js';
import type { SchemaTitle } from '../schemas/validators.js';
import { sessionRuleViolations } from './cross-field-rules.js';
import type { RuleViolation } from './cross-field-rules.js';
import { channelRuleViolations, recordRuleViolations } from './message-rules.js';
import { jsonPath, pointerSegments, shown, weakest } from './finding.js';
import type { Finding, Level } from './finding.js';
import { valueAt } from './json-fields.js';
import { schemaLocation } from './schema-location.js';

/** What every finding about one answer repeats: the request and what came back. */
export interface AnswerMeta {
  readonly request: string;
  readonly status: number;
  readonly errcode: string | undefined;
}

function expectation(error: ErrorObject): { expected: string; rule?: string } {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return { expected: `a value of type ${String(p.type)}` };
    case 'const':
      return { expected: shown(p.allowedValue) };
    case 'enum':
      return {
        expected: `one of ${(p.allowedValues as unknown[]).map((v) => shown(v)).join(', ')}`,
      };
    case 'pattern':
      return { expected: `a string matching ${String(p.pattern)}` };
    case 'not':
      return { expected: 'a value the schema allows', rule: error.message ?? 'must not match' };
    default:
      return { expected: `a value that ${error.message ?? `passes "${error.keyword}"`}` };
  }
}

/** Where the SessionInfo objects of an answer sit, so their cross-field rules can be checked. */
function sessionPointers(title: SchemaTitle, data: unknown): string[][] {
  const list = valueAt(data, ['list']);
  if (title === 'MessageSessionGetAnswer') return [['list']];
  if (title === 'MessageSessionQueryAnswer' && Array.isArray(list)) {
    return list.map((_, i) => ['list', String(i)]);
  }
  if (title === 'SessionInfo') return [[]];
  return [];
}

/** The items of the array at `at` of `data`, as pointers (none when it is not an array). */
function itemPointers(data: unknown, at: readonly string[]): string[][] {
  const items = valueAt(data, at);
  return Array.isArray(items) ? items.map((_, i) => [...at, String(i)]) : [];
}

/** Where the Msg_Record objects of an answer sit. */
function recordPointers(title: SchemaTitle, data: unknown): string[][] {
  if (title === 'MessageGetAnswer') return itemPointers(data, ['data', 'records']);
  if (title === 'MessageQueryAnswer') {
    return itemPointers(data, ['data']).flatMap((at) => itemPointers(data, [...at, 'records']));
  }
  if (title === 'MsgRecord') return [[]];
  return [];
}

/** Where the Msg_Channel objects of an answer sit. */
function channelPointers(title: SchemaTitle, data: unknown): string[][] {
  if (title === 'MessageChannelGetAnswer') return [['data']];
  if (title === 'MessageChannelQueryAnswer') return itemPointers(data, ['list']);
  if (title === 'MsgChannel') return [[]];
  return [];
}

/** Every cross-field rule the objects of an answer of type `title` break. */
function ruleViolations(title: SchemaTitle, data: unknown): RuleViolation[] {
  return [
    ...sessionPointers(title, data).flatMap((at) => sessionRuleViolations(valueAt(data, at), at)),
    ...recordPointers(title, data).flatMap((at) => recordRuleViolations(valueAt(data, at), at)),
    ...channelPointers(title, data).flatMap((at) => channelRuleViolations(valueAt(data, at), at)),
  ];
}

function under(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}

/** Schema and cross-field findings of `data` as an answer of type `title`. */
export function schemaFindings(
  title: SchemaTitle,
  data: unknown,
  meta: AnswerMeta,
  level: Level,
): Finding[] {
  const errors = validate(title, data);
  const rules = ruleViolations(title, data);
  const findings: Finding[] = [];
  const ruleSchemas = new Map<RuleViolation, string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const segments = pointerSegments(error.instancePath);
    const location = schemaLocation(title, error);
    if (error.keyword === 'additionalProperties') {
      const extra = String((error.params as { additionalProperty?: unknown }).additionalProperty);
      findings.push({
        kind: 'drift',
        level,
        ...meta,
        path: jsonPath([...segments, extra]),
        rule: 'a field no schema knows',
        schema: location,
      });
      continue;
    }
    const rule = rules.find((r) => under(segments, r.segments));
    if (rule) {
      if (!ruleSchemas.has(rule)) ruleSchemas.set(rule, location);
      continue;
    }
    if (error.keyword === 'required') {
      const missing = String((error.params as { missingProperty?: unknown }).missingProperty);
      findings.push({
        kind: 'violation',
        level,
        ...meta,
        path: jsonPath([...segments, missing]),
        rule: 'a required field is missing',
        expected: 'present',
        found: 'absent',
        schema: location,
      });
      continue;
    }
    const { expected, rule: text } = expectation(error);
    findings.push({
      kind: 'violation',
      level,
      ...meta,
      path: jsonPath(segments),
      ...(text === undefined ? {} : { rule: text }),
      expected,
      found: shown(valueAt(data, segments), segments),
      schema: location,
    });
  }
  for (const rule of rules) {
    const location = ruleSchemas.get(rule);
    findings.push({
      kind: 'violation',
      level: rule.level === undefined ? level : weakest(level, rule.level),
      ...meta,
      path: jsonPath(rule.segments),
      rule: rule.rule,
      expected: rule.expected,
      found: rule.found,
      ...(location === undefined ? {} : { schema: location }),
    });
  }
  return findings;
}
