/**
 * Reads the fenced code blocks of a Markdown page and splits its shell blocks into commands, each with the
 * output the page says it prints, so a test can run them and hold the page to its word.
 *
 * The page's conventions: every fenced block names its language; a comment line (`# ...`) right under a
 * command, with no blank line between, is that command's output (`...` stands for any text); an HTML comment
 * right above a block marks it: `<!-- example: not run (why) -->` for a block a test cannot run (a live PBX, a
 * server that runs until stopped), `<!-- example: prelude -->` for a block that every later block of the page
 * starts from.
 */

/** Languages whose blocks are shell commands. */
export const SHELL_LANGUAGES: ReadonlySet<string> = new Set(['sh', 'bash', 'shell']);

/** Languages a page may use for anything else: code, program output, diagrams. */
export const OTHER_LANGUAGES: ReadonlySet<string> = new Set(['ts', 'js', 'json', 'text']);

/** How a block is marked by the HTML comment right above it. */
export type ExampleMark =
  | { readonly kind: 'run' }
  | { readonly kind: 'prelude' }
  | { readonly kind: 'not-run'; readonly reason: string };

/** One fenced block of a page. */
export interface CodeBlock {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly language: string;
  readonly body: string;
  readonly mark: ExampleMark;
}

/** One command of a shell block (continuation lines joined) and the output the page documents for it. */
export interface ShellCommand {
  /** 1-based line in the page where the command starts. */
  readonly line: number;
  readonly text: string;
  /** The documented output with each line's `# ` removed; empty when the page documents none. */
  readonly expected: readonly string[];
}

const FENCE = /^(`{3,}|~{3,})\s*(\S*)/;
const MARK = /^<!--\s*example:\s*(.*?)\s*-->$/;

/** What the HTML comment `text` asks of the block under it; throws on a comment it cannot read. */
function readMark(text: string, where: string): ExampleMark {
  if (text === 'prelude' || text.startsWith('prelude ')) return { kind: 'prelude' };
  const notRun = /^not run \((.+)\)$/.exec(text);
  if (notRun?.[1]) return { kind: 'not-run', reason: notRun[1] };
  throw new Error(
    `${where}: unknown example mark "${text}"; write <!-- example: not run (why) --> or <!-- example: prelude -->`,
  );
}

/** The fenced blocks of `markdown` (named `file` in messages); throws on a fence without a language. */
export function codeBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  let pendingMark: { mark: ExampleMark; line: number } | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const markText = MARK.exec(line.trim())?.[1];
    if (markText !== undefined) {
      pendingMark = { mark: readMark(markText, `${file}:${i + 1}`), line: i + 1 };
      continue;
    }
    const fence = FENCE.exec(line);
    if (!fence) {
      if (line.trim() !== '' && pendingMark) {
        throw new Error(
          `${file}:${pendingMark.line}: an example mark must stand right above a block`,
        );
      }
      continue;
    }
    const [, ticks = '```', language = ''] = fence;
    if (language === '') {
      throw new Error(
        `${file}:${i + 1}: a fenced block must name its language (sh, ts, text, ...)`,
      );
    }
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && !(lines[i] ?? '').startsWith(ticks); i += 1) {
      body.push(lines[i] ?? '');
    }
    blocks.push({
      file,
      line: start + 1,
      language,
      body: body.join('\n'),
      mark: pendingMark?.mark ?? { kind: 'run' },
    });
    pendingMark = undefined;
  }
  return blocks;
}

/** The commands of a shell block, in order, each with the output documented right under it. */
export function shellCommands(block: CodeBlock): ShellCommand[] {
  const lines = block.body.split('\n');
  const commands: { line: number; text: string; expected: string[] }[] = [];
  let last: { line: number; text: string; expected: string[] } | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (trimmed === '') {
      last = undefined;
    } else if (trimmed.startsWith('#')) {
      // right under a command: its output; anywhere else: a remark for the reader
      if (last) last.expected.push(trimmed.replace(/^# ?/, ''));
    } else {
      const start = i;
      let text = line;
      while (text.endsWith('\\') && i + 1 < lines.length) {
        i += 1;
        text = `${text}\n${lines[i] ?? ''}`;
      }
      last = { line: block.line + 1 + start, text, expected: [] };
      commands.push(last);
    }
  }
  return commands;
}

/**
 * A pattern for documented output: `...` is any text, a run of white space is any white space (or none, so
 * a long JSON line may be wrapped over several comment lines), everything else is literal.
 */
export function outputPattern(expected: readonly string[]): RegExp {
  const source = expected
    .join(' ')
    .trim()
    .split('...')
    .map((part) =>
      part
        .split(/\s+/)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s*'),
    )
    .join('[\\s\\S]*?');
  return new RegExp(`^${source}$`);
}

/** The exit code a command must end with: curl's own when the documented output is a curl error, else 0. */
export function expectedExitCode(command: ShellCommand): number {
  const curlError = /^curl: \((\d+)\)/.exec(command.expected[0] ?? '');
  return curlError?.[1] ? Number(curlError[1]) : 0;
}

/** Languages whose blocks are programs the test runs (through tsx). */
export const PROGRAM_LANGUAGES: ReadonlySet<string> = new Set(['ts']);

/** What a program block prints: the comment after each `console.log(...);` line, in order. */
export function documentedPrints(block: CodeBlock): string[] {
  return block.body
    .split('\n')
    .map((line) => /^\s*console\.log\(.*\);\s*\/\/\s?(.*)$/.exec(line)?.[1])
    .filter((printed): printed is string => printed !== undefined);
}
