/**
 * npm run bench: the mock against a bare node:http server and a bare Express 5 app, in the same run, under
 * the same loads, one server at a time, interleaved over several rounds (medians reported); then cold starts
 * and memory with a million sessions. Prints a table and writes bench/results/latest.json. Figures, not a
 * test: nothing here asserts timing unless --check is given.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GET_PATH } from './baseline-data.js';
import type { BaselineDataFile } from './baseline-data.js';
import { measureColdStart } from './cold-start.js';
import { BENCH_HEADERS, fetchToken, httpRequest } from './http-request.js';
import { runLoad } from './load.js';
import type { LoadFigures } from './load.js';
import { parseBenchOptions } from './options.js';
import type { BenchOptions } from './options.js';
import { checkTargets } from './results.js';
import type {
  BenchResults,
  ColdStartFigures,
  EndpointFigures,
  RssFigures,
  ScenarioFigures,
  ServerFigures,
} from './results.js';
import {
  ENDPOINT_CONNECTIONS,
  ENDPOINT_SCENARIOS,
  KNOWN_IDS,
  PLACEHOLDER_TOKEN,
  SCENARIOS,
  scenarioPaths,
  UNKNOWN_IDS,
} from './scenarios.js';
import type { EndpointScenario, Scenario } from './scenarios.js';
import { startServer } from './server-process.js';
import type { ServerCommand } from './server-process.js';
import {
  baselineCommand,
  MOCK_CLI,
  mockCommand,
  mockTsxCommand,
  quietFlags,
  SERVER_NAMES,
  LOGGING_MOCK,
  BENCH_BUILD,
} from './servers.js';
import type { ServerName } from './servers.js';
import { measureSessionRss } from './session-rss.js';
import { median, ratio, rotate } from './stats.js';
import { formatResults } from './table.js';

// stays in the repository: this file runs compiled from bench/results/build/
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const resultsDir = join(root, 'bench/results');
const MB = 1024;

type RoundFigures = LoadFigures & { readonly peakRssMb: number; readonly cpuUsPerRequest: number };

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

/** The mock's answer body for every id the scenarios use, by id. */
async function mockAnswers(mock: ServerCommand): Promise<Map<number, string>> {
  const running = await startServer(mock);
  try {
    const token = await fetchToken(running.url);
    const answers = new Map<number, string>();
    for (const id of [...KNOWN_IDS, ...UNKNOWN_IDS]) {
      const url = `${running.url}${GET_PATH}?access_token=${token}&id=${id}`;
      answers.set(id, (await httpRequest(url, { headers: { ...BENCH_HEADERS } })).body);
    }
    return answers;
  } finally {
    await running.stop();
  }
}

/** Writes the baselines' data file from the mock's answers. */
function writeBaselineData(answers: ReadonlyMap<number, string>, file: string): void {
  const data: BaselineDataFile = {
    answers: Object.fromEntries(
      KNOWN_IDS.map((id) => [String(id), JSON.parse(answers.get(id) ?? 'null')]),
    ),
    notFound: JSON.parse(answers.get(UNKNOWN_IDS[0] ?? 0) ?? 'null'),
  };
  writeFileSync(file, JSON.stringify(data));
}

/** Fails unless `server` answers every id with exactly the mock's bytes (same JSON, same length). */
async function verifySameBytes(
  server: ServerCommand,
  answers: ReadonlyMap<number, string>,
): Promise<void> {
  const running = await startServer(server);
  try {
    for (const [id, expected] of answers) {
      const url = `${running.url}${GET_PATH}?access_token=${PLACEHOLDER_TOKEN}&id=${id}`;
      const answer = await httpRequest(url, { headers: { ...BENCH_HEADERS } });
      if (answer.status !== 200 || answer.body !== expected) {
        throw new Error(`${server.name} does not answer id ${id} with the mock's bytes`);
      }
    }
  } finally {
    await running.stop();
  }
}

async function measureOnce(
  server: ServerCommand,
  scenario: Scenario,
  options: BenchOptions,
): Promise<RoundFigures> {
  const running = await startServer(server);
  try {
    const isMock = server.name === 'mock' || server.name === LOGGING_MOCK;
    const token = isMock ? await fetchToken(running.url) : PLACEHOLDER_TOKEN;
    const plan = {
      url: running.url,
      paths: scenarioPaths(scenario, token),
      connections: scenario.connections,
      keepAlive: scenario.keepAlive,
    };
    if (options.warmup > 0) await runLoad({ ...plan, seconds: options.warmup });
    const cpuBefore = running.cpuMs();
    const figures = await runLoad({ ...plan, seconds: options.duration });
    const cpuUsPerRequest = ((running.cpuMs() - cpuBefore) * 1000) / Math.max(1, figures.requests);
    return { ...figures, peakRssMb: running.memory().peakKb / MB, cpuUsPerRequest };
  } finally {
    await running.stop();
  }
}

function summarise(rounds: readonly RoundFigures[]): ServerFigures {
  const pick = (key: keyof RoundFigures) => median(rounds.map((r) => r[key]));
  return {
    reqPerSec: Math.round(pick('reqPerSec')),
    p50Ms: pick('p50Ms'),
    p99Ms: pick('p99Ms'),
    peakRssMb: Math.round(pick('peakRssMb') * 10) / 10,
    cpuUsPerRequest: Math.round(pick('cpuUsPerRequest')),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
    rounds,
  };
}

async function measureScenarios(
  commands: Readonly<Record<string, ServerCommand>>,
  options: BenchOptions,
): Promise<ScenarioFigures[]> {
  const rounds = new Map<string, RoundFigures[]>();
  for (let round = 0; round < options.rounds; round++) {
    for (const scenario of SCENARIOS) {
      const names = scenario.withLogging ? [...SERVER_NAMES, LOGGING_MOCK] : SERVER_NAMES;
      for (const name of rotate(names, round)) {
        const command = commands[name];
        if (!command) continue;
        const figures = await measureOnce(command, scenario, options);
        const key = `${scenario.id}/${name}`;
        rounds.set(key, [...(rounds.get(key) ?? []), figures]);
        progress(
          `round ${round + 1}/${options.rounds} ${scenario.id} ${name}: ${Math.round(figures.reqPerSec)} req/s, p99 ${figures.p99Ms} ms`,
        );
      }
    }
  }
  return SCENARIOS.map((scenario) => {
    const servers = Object.fromEntries(
      SERVER_NAMES.map((name) => [name, summarise(rounds.get(`${scenario.id}/${name}`) ?? [])]),
    ) as Record<ServerName, ServerFigures>;
    const logged = rounds.get(`${scenario.id}/${LOGGING_MOCK}`);
    return {
      id: scenario.id,
      label: scenario.label,
      servers,
      ...(logged ? { mockWithLog: summarise(logged) } : {}),
      mockToHttp: ratio(servers.mock.reqPerSec, servers.http.reqPerSec),
      mockToExpress: ratio(servers.mock.reqPerSec, servers.express.reqPerSec),
      expressToHttp: ratio(servers.express.reqPerSec, servers.http.reqPerSec),
      cpuExpressToMock: ratio(servers.express.cpuUsPerRequest, servers.mock.cpuUsPerRequest),
    };
  });
}

/** One load of `scenario` on a fresh mock, and the mean size of its answers. */
async function measureEndpointOnce(
  mock: ServerCommand,
  scenario: EndpointScenario,
  options: BenchOptions,
): Promise<RoundFigures & { readonly bytes: number }> {
  const running = await startServer(mock);
  try {
    const token = await fetchToken(running.url);
    for (const id of scenario.shape === undefined ? [] : KNOWN_IDS) {
      const shaped = await httpRequest(`${running.url}/__mock/sessions/${id}/history`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: scenario.shape }),
      });
      if (shaped.status !== 200)
        throw new Error(`PUT the ${scenario.shape} shape on ${id}: ${shaped.status}`);
    }
    const paths = scenario.paths(token);
    let bytes = 0;
    // every path answers errcode 0 (a sample of at most 400 where there are more), and their mean size
    const step = Math.ceil(paths.length / 400);
    const sample = paths.filter((_, i) => i % step === 0);
    for (const path of sample) {
      const answer = await httpRequest(`${running.url}${path}`, { headers: { ...BENCH_HEADERS } });
      if (answer.status !== 200 || !answer.body.startsWith('{"errcode":0,')) {
        throw new Error(`${scenario.label}: ${path} did not answer errcode 0`);
      }
      bytes += answer.body.length;
    }
    const plan = { url: running.url, paths, connections: ENDPOINT_CONNECTIONS, keepAlive: true };
    if (options.warmup > 0) await runLoad({ ...plan, seconds: options.warmup });
    const cpuBefore = running.cpuMs();
    const figures = await runLoad({ ...plan, seconds: options.duration });
    const cpuUsPerRequest = ((running.cpuMs() - cpuBefore) * 1000) / Math.max(1, figures.requests);
    return {
      ...figures,
      peakRssMb: running.memory().peakKb / MB,
      cpuUsPerRequest,
      bytes: Math.round(bytes / sample.length),
    };
  } finally {
    await running.stop();
  }
}

/** message/get pages next to message_session/get answers, on the same mock, interleaved over the rounds. */
async function measureEndpoints(
  mock: ServerCommand,
  options: BenchOptions,
): Promise<EndpointFigures[]> {
  const rounds = new Map<string, (RoundFigures & { readonly bytes: number })[]>();
  for (let round = 0; round < options.rounds; round++) {
    for (const scenario of rotate(ENDPOINT_SCENARIOS, round)) {
      const figures = await measureEndpointOnce(mock, scenario, options);
      rounds.set(scenario.id, [...(rounds.get(scenario.id) ?? []), figures]);
      progress(
        `round ${round + 1}/${options.rounds} ${scenario.id}: ${Math.round(figures.reqPerSec)} req/s, ${Math.round(figures.cpuUsPerRequest)} µs CPU`,
      );
    }
  }
  return ENDPOINT_SCENARIOS.map((scenario) => {
    const measured = rounds.get(scenario.id) ?? [];
    return {
      id: scenario.id,
      label: scenario.label,
      mock: summarise(measured),
      bytes: measured[0]?.bytes ?? 0,
    };
  });
}

async function measureColdStarts(
  commands: Readonly<Record<string, ServerCommand>>,
  runs: number,
): Promise<Record<string, ColdStartFigures>> {
  const times = new Map<string, number[]>();
  const add = (key: string, value: number) => times.set(key, [...(times.get(key) ?? []), value]);
  for (let run = 0; run < runs; run++) {
    for (const key of rotate(Object.keys(commands), run)) {
      const command = commands[key];
      if (!command) continue;
      const result = await measureColdStart(command, key === 'mock');
      add(key, result.firstOkMs);
      if (key === 'mock') add('mockFirstSession', result.firstSessionMs);
    }
  }
  progress(`cold starts done (${runs} runs each)`);
  return Object.fromEntries(
    [...times].map(([key, runsMs]) => [
      key,
      { medianMs: Math.round(median(runsMs) * 10) / 10, runsMs: runsMs.map((v) => Math.round(v)) },
    ]),
  );
}

async function measureRss(root: string, quiet: readonly string[], runs: number) {
  const figures = {
    default: [] as { rssMb: number; peakRssMb: number }[],
    million: [] as { rssMb: number; peakRssMb: number }[],
  };
  for (let run = 0; run < runs; run++) {
    for (const size of rotate(['default', 'million'] as const, run)) {
      const extra = size === 'million' ? ['--sessions', '1000000'] : [];
      const memory = await measureSessionRss(mockCommand(root, [...quiet, ...extra]));
      figures[size].push({ rssMb: memory.rssKb / MB, peakRssMb: memory.peakKb / MB });
    }
  }
  progress(`memory runs done (${runs} each)`);
  const sum = (sessions: number, list: { rssMb: number; peakRssMb: number }[]): RssFigures => ({
    sessions,
    rssMb: Math.round(median(list.map((r) => r.rssMb)) * 10) / 10,
    peakRssMb: Math.round(median(list.map((r) => r.peakRssMb)) * 10) / 10,
    runs: list,
  });
  return { default: sum(48, figures.default), million: sum(1_000_000, figures.million) };
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv);
  for (const file of [
    MOCK_CLI,
    `${BENCH_BUILD}/baseline-http.js`,
    `${BENCH_BUILD}/baseline-express.js`,
  ]) {
    if (!existsSync(join(root, file))) {
      process.stderr.write(
        `bench: ${file} is missing; run npm run build first (npm run bench does)\n`,
      );
      process.exit(1);
    }
  }
  mkdirSync(resultsDir, { recursive: true });
  const quiet = quietFlags(root);
  const dataFile = join(resultsDir, 'baseline-data.json');
  const commands: Record<ServerName, ServerCommand> = {
    http: baselineCommand(root, 'http', dataFile),
    express: baselineCommand(root, 'express', dataFile),
    mock: mockCommand(root, quiet),
  };
  const withLog = { ...commands, [LOGGING_MOCK]: mockCommand(root, [], LOGGING_MOCK) };
  const answers = await mockAnswers(commands.mock);
  writeBaselineData(answers, dataFile);
  await verifySameBytes(commands.http, answers);
  await verifySameBytes(commands.express, answers);
  progress(
    `baselines answer the mock's exact bytes; ${options.rounds} round(s) of ${options.duration} s per load`,
  );

  const scenarios = options.endpointsOnly ? [] : await measureScenarios(withLog, options);
  const endpoints = await measureEndpoints(commands.mock, options);
  // the mock starts as users start it: default flags, request log on
  const coldCommands: Record<string, ServerCommand> = {
    express: commands.express,
    mock: mockCommand(root),
    http: commands.http,
  };
  if (options.tsx) coldCommands.mockTsx = mockTsxCommand(root);
  const coldStart = options.endpointsOnly
    ? {}
    : await measureColdStarts(coldCommands, options.coldRuns);
  const sessionRss = await measureRss(root, quiet, Math.min(options.rounds, 3));
  const rssRatio = ratio(sessionRss.million.peakRssMb, sessionRss.default.peakRssMb);
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      node: process.version,
    },
    config: {
      ...options,
      mockFlags: quiet,
      loadGenerator: 'autocannon (in the orchestrator process)',
    },
    scenarios,
    endpoints,
    coldStart,
    sessionRss,
    rssRatio,
    targets: checkTargets(scenarios, coldStart, rssRatio, endpoints).filter(
      (target) => !options.endpointsOnly || !Number.isNaN(target.value),
    ),
  };
  const json = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(join(resultsDir, 'latest.json'), json);
  writeFileSync(join(resultsDir, `bench-${results.date.replaceAll(':', '-')}.json`), json);
  if (options.out !== undefined) writeFileSync(options.out, json);
  process.stdout.write(
    `${formatResults(results)}\n\nfigures written to bench/results/latest.json\n`,
  );
  if (options.check && results.targets.some((t) => !t.holds)) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
