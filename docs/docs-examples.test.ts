/**
 * Every shell example of the README and of docs/ runs against a fresh mock on a free port, and prints what the
 * page says it prints. A block that cannot run here must say so (`<!-- example: not run (why) -->`); its
 * pbx-mock and pbx-contract flags are still checked against the programs' own option lists.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProgram as buildContractProgram } from '../contract-tests/cli-options.js';
import { buildProgram as buildMockProgram } from '../mock-server/cli-options.js';
import { createMockPbx, listen } from '../mock-server/index.js';
import {
  OTHER_LANGUAGES,
  SHELL_LANGUAGES,
  codeBlocks,
  expectedExitCode,
  outputPattern,
  shellCommands,
} from './markdown-examples.js';
import type { CodeBlock, ShellCommand } from './markdown-examples.js';

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
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^PBX_/.test(name)),
    );
    await new Promise<void>((resolve, reject) => {
      const child = spawn('bash', [join(work, 'example.sh')], {
        cwd: work,
        env: clean,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`bash ended with ${code}: ${stderr}`)),
      );
    });
    return commands.map((_, index) => ({
      output: readFileSync(join(work, `${index}.out`), 'utf8'),
      code: Number(readFileSync(join(work, `${index}.code`), 'utf8')),
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The prelude blocks of `block`'s page above it, whose commands run first. */
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
        const prelude = block.mark.kind === 'prelude' ? [] : preludeOf(block);
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
});
