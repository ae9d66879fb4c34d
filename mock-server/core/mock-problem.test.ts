import { readdirSync, readFileSync } from 'node:fs';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createMockPbx } from '../app.js';
import { buildProgram } from '../cli/cli-options.js';
import { createControlRouter } from '../control/router.js';
import type { ControlDeps } from '../control/router.js';
import { MOCK_PROBLEMS, MockProblem, problemType, sendProblem } from './mock-problem.js';
import type { MockProblemCode } from './mock-problem.js';
import { expectSchema } from '../test-support/device.js';

const DOCS = new URL('../../docs/', import.meta.url);
const controlApi = readFileSync(new URL('control-api.md', DOCS), 'utf8');

/** The rows of docs/control-api.md's "Problem codes" table: `| code | HTTP | meaning |`. */
function documentedProblems(): { code: string; status: number }[] {
  const section = controlApi.slice(controlApi.indexOf('## Problem codes'));
  const rows: { code: string; status: number }[] = [];
  for (const line of section.slice(0, section.indexOf('\n## ')).split('\n')) {
    const match = /^\|\s*`(PBX_MOCK_[A-Z_]+)`\s*\|\s*(\d{3})\s*\|/.exec(line);
    if (match?.[1] && match[2]) rows.push({ code: match[1], status: Number(match[2]) });
  }
  return rows;
}

/** The environment variables pbx-mock reads: PBX_MOCK_* names that are not problem codes. */
function mockEnvironment(): Set<string> {
  const names = buildProgram().options.flatMap((option) => option.envVar ?? []);
  return new Set([...names, 'PBX_MOCK_HTTPS', 'PBX_MOCK_NO_CONTROL']);
}

const CODES = Object.keys(MOCK_PROBLEMS) as MockProblemCode[];

describe('the mock problem catalogue', () => {
  it('holds exactly the codes and statuses of the table in docs/control-api.md, in its order', () => {
    const catalogue = Object.entries(MOCK_PROBLEMS).map(([code, { status }]) => ({ code, status }));
    expect(catalogue).toEqual(documentedProblems());
  });

  it('knows every PBX_MOCK_ code any page of the docs names', () => {
    const environment = mockEnvironment();
    const pages = [
      new URL('../../README.md', import.meta.url),
      ...readdirSync(DOCS)
        .filter((name) => name.endsWith('.md'))
        .map((name) => new URL(name, DOCS)),
    ];
    const unknown = pages.flatMap((page) =>
      [...readFileSync(page, 'utf8').matchAll(/\bPBX_MOCK_[A-Z_]*[A-Z]\b/g)]
        .map(([name]) => name)
        .filter((name) => !environment.has(name) && !(name in MOCK_PROBLEMS))
        .map((name) => `${page.pathname.split('/').pop() ?? ''}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('gives each code one status from 400 to 599, and codes that share a title share a meaning', () => {
    for (const { status } of Object.values(MOCK_PROBLEMS)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
    }
    const titles = new Map<string, string[]>();
    for (const [code, { title }] of Object.entries(MOCK_PROBLEMS)) {
      titles.set(title, [...(titles.get(title) ?? []), code]);
    }
    // the two cross-site refusals are the one kind of title shared on purpose
    const shared = [...titles.values()].filter((codes) => codes.length > 1);
    expect(shared).toEqual([['PBX_MOCK_HOST_REFUSED', 'PBX_MOCK_ORIGIN_REFUSED']]);
  });

  it.each(CODES)(
    'sends %s with its own status, title and type, as the schema says',
    async (code) => {
      const problem = new MockProblem(code, 'what to do', { field: 'body' });
      expect(problem).toMatchObject({ name: 'MockProblem', code, ...MOCK_PROBLEMS[code] });
      const app = express().get('/', (_req, res) => sendProblem(res, problem));
      const res = await request(app).get('/');
      expect(res.status).toBe(MOCK_PROBLEMS[code].status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expectSchema('MockProblemDocument', res.body);
      expect(res.body).toEqual({
        type: `https://pbx-mock-kit.local/problems/${code.toLowerCase().replaceAll('_', '-')}`,
        title: MOCK_PROBLEMS[code].title,
        status: MOCK_PROBLEMS[code].status,
        detail: 'what to do',
        code,
        field: 'body',
      });
    },
  );
});

describe('problems the control router builds', () => {
  it('answers 500 PBX_MOCK_INTERNAL when a control handler throws, never a code that blames the request', async () => {
    const deps = {
      access: { enabled: true, token: undefined, bindHost: '127.0.0.1', reason: 'test' },
      openapi: () => {
        throw new TypeError('boom');
      },
    } as unknown as ControlDeps;
    const app = express().use(createControlRouter(deps));
    const res = await request(app).get('/__mock/openapi.json');
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectSchema('MockProblemDocument', res.body);
    expect(res.body).toMatchObject({
      code: 'PBX_MOCK_INTERNAL',
      title: MOCK_PROBLEMS.PBX_MOCK_INTERNAL.title,
      type: problemType('PBX_MOCK_INTERNAL'),
    });
    expect(String((res.body as { detail?: unknown }).detail)).toMatch(/TypeError: boom/);
  });

  it('answers a control body over 1 MB with 413 PBX_MOCK_BODY_TOO_LARGE', async () => {
    const { app } = createMockPbx();
    const res = await request(app)
      .post('/__mock/rules')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ answer: { errcode: 60001 }, pad: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expectSchema('MockProblemDocument', res.body);
    expect(res.body).toMatchObject({ code: 'PBX_MOCK_BODY_TOO_LARGE', field: 'body' });
  });
});
