/**
 * Every shell example of the README and of docs/ runs against a fresh mock on a free port, and prints what the
 * page says it prints. A block that cannot run here must say so (`<!-- example: not run (why) -->`); its
 * pbx-mock and pbx-contract flags are still checked against the programs' own option lists.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram as buildContractProgram } from '../contract-tests/cli-options.js';
import { buildProgram as buildMockProgram } from '../mock-server/cli/cli-options.js';
import { createMockPbx, listen } from '../mock-server/index.js';
import {
  OTHER_LANGUAGES,
  PROGRAM_LANGUAGES,
  SHELL_LANGUAGES,
  codeBlocks,
  documentedPrints,
  expectedExitCode,
  outputPattern,
  shellCommands,
} from './markdown-examples.js';
import type { CodeBlock, ShellCommand } from './markdown-examples.js';

/** How long one block may take; the slowest documented one waits 1 s for a reply that never comes. */
const BLOCK_DEADLINE_MS = 15_000;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = createRequire(import.meta.url).resolve('tsx');
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];
const blocks = PAGES.flatMap((page) => codeBlocks(page, readFileSync(join(ROOT, page), 'utf8')));
const shellBlocks = blocks.filter((block) => SHELL_LANGUAGES.has(block.language));
const runnable = shellBlocks.filter((block) => block.mark.kind !== 'not-run');
const notRun = shellBlocks.filter((block) => block.mark.kind === 'not-run');
const programs = blocks.filter(
  (block) => PROGRAM_LANGUAGES.has(block.language) && block.mark.kind === 'run',
);

// A clone's dist/ is what `npm ci` built; after an edit it is stale until rebuilt, and the examples would
// show the old behaviour. The same freshness check `npm start` makes (a no-op when nothing changed).
beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--if-changed'], {
    stdio: 'ignore',
  });
}, 120_000);

/** What one command printed (stdout and stderr together) and how it ended. */
interface CommandRun {
  readonly output: string;
  readonly code: number;
}

// `npx pbx-contract` and `npx pbx-mock` run what they run in a clone: the build that `npm ci` made (or the
// sources through tsx when there is none). Any other npx would reach for the registry, which a test must not.
const SHIMS = `
kit_bin() {
  if [ -f "${ROOT}dist/$1.js" ]; then node "${ROOT}dist/$1.js" "\${@:2}"
  else node --import "${TSX}" "${ROOT}$1.ts" "\${@:2}"; fi
}
npx() {
  case "$1" in
    pbx-contract) shift; kit_bin contract-tests/cli "$@" ;;
    pbx-mock) shift; kit_bin mock-server/cli "$@" ;;
    *) echo "docs examples: npx $1 is not available to examples" >&2; return 127 ;;
  esac
}
`;

/** The script that runs `commands`, each command's output and exit code going to its own files in `out`. */
function script(commands: readonly ShellCommand[], out: string): string {
  const steps = commands.map(
    (command, index) =>
      `{ ${command.text}\n} > "${out}/${index}.out" 2>&1 < /dev/null; echo $? > "${out}/${index}.code"`,
  );
  return [SHIMS, ...steps, ''].join('\n');
}

/**
 * Runs `command args` in `cwd` to its end; rejects when it fails or outlives the deadline. It gets its own
 * process group, so a command that never ends (a server started by an unmarked block) is stopped with
 * everything it started.
 */
function runToEnd(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      reject(
        new Error(
          `still running after ${BLOCK_DEADLINE_MS / 1000} s: a block that starts a server or needs a ` +
            'device must be marked <!-- example: not run (why) -->',
        ),
      );
    }, BLOCK_DEADLINE_MS);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} ended with ${code}: ${stderr}${stdout}`));
    });
  });
}

/** The environment examples run in: this one, less any PBX_* setting that would change what they do. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^PBX_/.test(name)));
}

/** Runs `commands` in one bash, in an empty folder, with the mock's port in place of 8088. */
async function runCommands(
  commands: readonly ShellCommand[],
  port: number,
): Promise<readonly CommandRun[]> {
  const work = mkdtempSync(join(tmpdir(), 'pbx-docs-example-'));
  try {
    const withPort = commands.map((command) => ({
      ...command,
      text: command.text.replace(/\b(127\.0\.0\.1|localhost):8088\b/g, `127.0.0.1:${port}`),
    }));
    writeFileSync(join(work, 'example.sh'), script(withPort, work));
    await runToEnd('bash', [join(work, 'example.sh')], work, cleanEnv());
    return commands.map((_, index) => ({
      output: readFileSync(join(work, `${index}.out`), 'utf8'),
      code: Number(readFileSync(join(work, `${index}.code`), 'utf8')),
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The prelude blocks of `block`'s page above it (a prelude's own preludes included), whose commands run first. */
function preludeOf(block: CodeBlock): ShellCommand[] {
  return runnable
    .filter((b) => b.file === block.file && b.line < block.line && b.mark.kind === 'prelude')
    .flatMap(shellCommands);
}

/** `file:line`, for messages. */
function where(block: CodeBlock, command?: ShellCommand): string {
  return `${block.file}:${command?.line ?? block.line}`;
}

describe('the examples of the README and docs/', () => {
  it('name a language on every fenced block, one the pages know', () => {
    const unknown = blocks
      .filter(
        (block) => !SHELL_LANGUAGES.has(block.language) && !OTHER_LANGUAGES.has(block.language),
      )
      .map((block) => `${where(block)}: ${block.language}`);
    expect(unknown).toEqual([]);
  });

  it('include runnable shell examples on every page that has shell blocks', () => {
    expect(runnable.length).toBeGreaterThan(10);
  });

  // Each block has its own mock, port and folder, so they run side by side.
  it.concurrent.each(runnable.map((block) => [where(block), block] as const))(
    'run: %s prints what the page says',
    async (_where, block) => {
      const pbx = createMockPbx();
      const running = await listen(pbx.app, '127.0.0.1', 0);
      try {
        // a prelude runs after the preludes above it too: a walk-through's steps build on each other
        const prelude = preludeOf(block);
        const commands = [...prelude, ...shellCommands(block)];
        const runs = await runCommands(commands, running.port);
        const problems: string[] = [];
        commands.forEach((command, index) => {
          const run = runs[index];
          if (!run) return;
          const place =
            index < prelude.length ? `${where(block)} (prelude)` : where(block, command);
          const wanted = expectedExitCode(command);
          if (run.code !== wanted) {
            problems.push(`${place}: exit ${run.code}, documented ${wanted}: ${run.output}`);
          }
          if (command.expected.length > 0) {
            if (!outputPattern(command.expected).test(run.output.trim())) {
              problems.push(
                `${place}: printed\n  ${run.output.trim()}\nbut the page says\n  ${command.expected.join('\n  ')}`,
              );
            }
          } else if (run.output.includes('"code":"PBX_MOCK_')) {
            problems.push(
              `${place}: the mock refused it, and the page does not say so: ${run.output}`,
            );
          }
        });
        expect(problems).toEqual([]);
      } finally {
        pbx.close();
        await running.close();
      }
    },
  );

  it.each(notRun.map((block) => [where(block), block] as const))(
    'not run (marked): %s uses only flags the programs know',
    (_where, block) => {
      const mockFlags = new Set([
        ...buildMockProgram().options.map((option) => option.long),
        '--help',
      ]);
      const contractFlags = new Set([
        ...buildContractProgram().options.map((option) => option.long),
        '--help',
      ]);
      const unknown: string[] = [];
      for (const command of shellCommands(block)) {
        for (const line of command.text.split(/;|&&|\|/)) {
          const known = /pbx-contract|contract:suite/.test(line)
            ? contractFlags
            : /npm start|pbx-mock|mock-server\/cli/.test(line)
              ? mockFlags
              : undefined;
          if (!known) continue;
          const args = line.replace(/^.*?(pbx-contract|pbx-mock|npm start --|cli\.js)/, '');
          for (const flag of args.match(/(?<=\s)--[a-z][a-z-]*/g) ?? []) {
            if (!known.has(flag)) unknown.push(`${where(block, command)}: ${flag}`);
          }
        }
      }
      expect(unknown).toEqual([]);
    },
  );

  it.concurrent.each(programs.map((block) => [where(block), block] as const))(
    'run: %s (TypeScript) prints what the page says',
    async (_where, block) => {
      // inside the project, so the example's own imports (supertest, ...) resolve as they would for a user;
      // the package itself is the source beside this test
      const cache = join(ROOT, 'node_modules', '.cache');
      mkdirSync(cache, { recursive: true });
      const work = mkdtempSync(join(cache, 'pbx-docs-example-'));
      try {
        const source = block.body.replace(
          /from 'pbx-mock-kit'/g,
          `from '${join(ROOT, 'mock-server', 'index.ts')}'`,
        );
        writeFileSync(join(work, 'example.mts'), source);
        const printed = await runToEnd('node', ['--import', TSX, 'example.mts'], work, cleanEnv());
        const lines = printed.trim() === '' ? [] : printed.trim().split('\n');
        const wanted = documentedPrints(block);
        expect(lines).toHaveLength(wanted.length);
        wanted.forEach((text, index) => {
          expect(lines[index], `${where(block)}: print ${index + 1}`).toMatch(
            outputPattern([text]),
          );
        });
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );
});
