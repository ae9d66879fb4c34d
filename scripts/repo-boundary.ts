/**
 * Finds the places where the project's files reach for something outside the repository: a relative path
 * that climbs above the root, or an absolute path of one machine. Users who clone or install the kit have
 * nothing beside it, so every such reference is a file they cannot have.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';

/** One reference to a path outside the repository. */
export interface BoundaryViolation {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Folders that are not the project's own text: dependencies, build output, git's store, bench figures. */
const SKIPPED_DIRS = new Set([
  'node_modules',
  'dist',
  '.git',
  'coverage',
  join('bench', 'results'),
]);
/** Files read as text: source, scripts, config and docs. */
const TEXT_EXTENSIONS = new Set([
  '.ts',
  '.js',
  '.mjs',
  '.cjs',
  '.json',
  '.md',
  '.sh',
  '.yml',
  '.yaml',
]);
/** Extension-less files that are scripts. */
const SCRIPT_NAMES = new Set(['run']);

/** A path token that starts relative and climbs at least once: `../x`, `./../x`, `..` alone in a string. */
const RELATIVE_PATH = /(?<=^|['"`(\s=])((?:\.\/)?(?:\.\.\/)+[^'"`)\s]*|\.\.(?=['"`]))/g;
/**
 * A comment on the line before that says why a climbing path stays inside (a file that runs compiled from a
 * deeper folder): `// stays in the repository: <why>`.
 */
const STAYS_INSIDE = 'stays in the repository:';
/** Absolute paths of one machine's home or work folders. */
const MACHINE_PATH = /(?<=^|['"`(\s=])\/(?:work|home|root|Users)\/[\w.-]+/g;

/** The text files of the tree below `root`, relative to it. */
export function projectFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const path = join(dir, entry.name);
        if (!SKIPPED_DIRS.has(entry.name) && !SKIPPED_DIRS.has(relative(root, path))) walk(path);
      } else if (TEXT_EXTENSIONS.has(extname(entry.name)) || SCRIPT_NAMES.has(entry.name)) {
        files.push(relative(root, join(dir, entry.name)));
      }
    }
  };
  walk(root);
  return files.sort();
}

/** The references in one file's text that leave `root`; `file` is the file's path relative to `root`. */
export function findViolations(root: string, file: string, text: string): BoundaryViolation[] {
  const found: BoundaryViolation[] = [];
  // package.json scripts and shell scripts run from the root; everything else resolves from its own folder
  const base =
    file === 'package.json' || file.startsWith(`.ci${sep}`) ? root : resolve(root, file, '..');
  const lines = text.split('\n');
  lines.forEach((lineText, index) => {
    const vouched = (lines[index - 1] ?? '').includes(STAYS_INSIDE);
    for (const match of vouched ? [] : lineText.matchAll(RELATIVE_PATH)) {
      const target = resolve(base, match[1] ?? '');
      const inside = target === root || target.startsWith(root + sep);
      if (!inside) {
        found.push({
          file,
          line: index + 1,
          text: lineText.trim(),
          why: `${match[1]} leaves the repository`,
        });
      }
    }
    for (const match of lineText.matchAll(MACHINE_PATH)) {
      found.push({
        file,
        line: index + 1,
        text: lineText.trim(),
        why: `${match[0]} is a path of one machine`,
      });
    }
  });
  return found;
}

/** Every reference to a path outside the repository, in every text file of the tree below `root`. */
export function scanRepository(root: string): BoundaryViolation[] {
  return projectFiles(root).flatMap((file) => {
    const path = join(root, file);
    if (statSync(path).size > 2_000_000) return [];
    return findViolations(root, file, readFileSync(path, 'utf8'));
  });
}
