/**
 * The relative imports among the TypeScript files below a folder, type-only imports and re-exports included:
 * a type import is erased at run time, but a cycle through one still means neither file can be understood,
 * moved or tested without the other, which is what the guard is for. TypeScript's own scanner reads the
 * imports, so a specifier inside a comment or a string is not taken for one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import type { Graph } from './find-cycles.js';

function tsFilesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : tsFilesBelow(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names (`./check.js` -> check.ts), if it is one of `files`. */
function resolveSpecifier(
  from: string,
  specifier: string,
  files: ReadonlySet<string>,
): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.(js|mjs|ts)$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((candidate) => files.has(candidate));
}

/** File -> the files below `root` it imports, as paths relative to `root` (`checks/all-checks.ts`). */
export function importGraph(root: string): Graph {
  const base = resolve(root);
  const files = tsFilesBelow(base);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveSpecifier(file, specifier, known))
      .filter((target): target is string => target !== undefined)
      .map((target) => relative(base, target));
    graph.set(relative(base, file), [...new Set(targets)].sort());
  }
  return graph;
}
