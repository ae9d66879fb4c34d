/**
 * What both command lines (pbx-mock and pbx-contract) say about their own usage, written once: a usage error
 * is one line, the value of a mistyped `--flag=value` is masked (it may be the secret), a mistyped flag gets
 * the closest known one suggested, `--version` prints the package's version, and `--help` ends with examples.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';

/** Edit distance with adjacent transpositions (optimal string alignment): `--prot` is 1 from `--port`. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

/**
 * The known flag closest to `typed` (`--prot`, `--prot=9000`, `-port`, `--base_url`), or undefined when none
 * is close enough to be what was meant.
 */
export function closestFlag(typed: string, known: readonly string[]): string | undefined {
  const name = (typed.split('=')[0] ?? '').toLowerCase().replaceAll('_', '-');
  if (!name.startsWith('-')) return undefined;
  const long = name.startsWith('--') ? name : `-${name}`;
  let best: { flag: string; distance: number } | undefined;
  for (const flag of known) {
    if (!flag.startsWith('--')) continue;
    const distance = editDistance(long, flag);
    if (!best || distance < best.distance) best = { flag, distance };
  }
  // at most a third of the word wrong (and at least one edit allowed): '--prot' yes, '--bogus' no
  const allowed = Math.max(1, Math.floor((long.length - 2) / 3));
  return best && best.distance <= allowed ? best.flag : undefined;
}

/** Every flag `program` knows, long and short, help and version included. */
export function knownFlags(program: Command): string[] {
  const flags = program.options.flatMap((option) => [option.long, option.short]);
  return [...flags, '--help', '-h'].filter((flag): flag is string => typeof flag === 'string');
}

/**
 * The one line to print for commander's error `text`: its first line without "error: ", the value of an
 * unknown `--flag=value` masked, and for an unknown flag the closest known one (or a pointer to --help).
 */
export function usageLine(text: string, known: readonly string[]): string | undefined {
  const first = (text.trim().split('\n')[0] ?? '').replace(/^error: /, '');
  if (first === '') return undefined;
  const masked = first.replace(/'(-[^'=\s]+)=.*'/, "'$1=***'");
  const unknown = /^unknown option '([^']*)'/.exec(first)?.[1];
  if (unknown === undefined) return masked;
  const suggestion = closestFlag(unknown, known);
  return `${masked}; ${suggestion ? `did you mean ${suggestion}?` : 'see --help for the flags'}`;
}

/** The version in the package's package.json (next to the sources, or two levels above dist/...). */
export function packageVersion(): string {
  // stays in the repository: from dist/mock-server/cli/, three levels up is the package's root
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === 'pbx-mock-kit' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not this level
    }
  }
  return 'unknown';
}

/** The text that ends a --help: examples (command, what it does), then pointers to the docs. */
export function helpFooter(
  examples: readonly (readonly [string, string])[],
  pointers: readonly string[],
): string {
  const width = Math.max(...examples.map(([command]) => command.length));
  return [
    '',
    'Examples:',
    ...examples.map(([command, what]) => `  ${command.padEnd(width)}  # ${what}`),
    '',
    ...pointers,
  ].join('\n');
}
