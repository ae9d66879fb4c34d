// Builds dist/ from the sources (a clean tsc build), and records a digest of what it built from.
// With --if-changed (npm start's prestart) it builds only when the sources differ from that digest, so
// `npm start` after a `git pull` serves the code that is checked out, and costs a few milliseconds when
// nothing changed. --check only says whether a build is needed (exit 1) or not (exit 0). --root DIR builds
// another checkout (the tests use it with a stand-in compiler). Plain JavaScript, so it runs before anything
// is compiled and without a TypeScript runner.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root =
  rootArg >= 0
    ? (args[rootArg + 1] ?? '.')
    : fileURLToPath(new globalThis.URL('..', import.meta.url));
const stampFile = join(root, 'dist', '.source-digest');
/** What tsconfig.build.json compiles from, and what decides how it compiles. */
const SOURCE_DIRS = ['schemas', 'fixtures', 'mock-server', 'contract-tests'];
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/** @param {string} dir @returns {string[]} */
function filesBelow(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesBelow(path);
    return /\.(ts|json)$/.test(entry.name) ? [path] : [];
  });
}

/** A digest of every source and config file's path and content. */
function sourceDigest() {
  const hash = createHash('sha256');
  const files = [
    ...SOURCE_DIRS.flatMap((dir) => filesBelow(join(root, dir))),
    ...CONFIG_FILES.map((file) => join(root, file)),
  ].sort();
  for (const file of files) {
    hash.update(relative(root, file)).update('\0');
    hash.update(existsSync(file) ? readFileSync(file) : '').update('\0');
  }
  return hash.digest('hex');
}

/**
 * tsc writes files without the execute bit that npm gave the bins at install: without it `npx pbx-contract`
 * after a rebuild (a git pull, then npm start) answered "Permission denied". Cheap, so it runs on every call.
 */
function makeBinsExecutable() {
  const packageFile = join(root, 'package.json');
  const manifest = existsSync(packageFile)
    ? /** @type {{ bin?: Record<string, string> }} */ (
        JSON.parse(readFileSync(packageFile, 'utf8'))
      )
    : {};
  for (const file of Object.values(manifest.bin ?? {})) {
    const path = join(root, String(file));
    if (existsSync(path)) chmodSync(path, 0o755);
  }
}

const digest = sourceDigest();
const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
const upToDate = built === digest && existsSync(join(root, 'dist/mock-server/cli.js'));
if (args.includes('--check')) {
  process.stdout.write(upToDate ? 'dist/ is up to date\n' : 'dist/ is older than the sources\n');
  process.exit(upToDate ? 0 : 1);
}
const ifChanged = args.includes('--if-changed');
if (ifChanged && upToDate) {
  makeBinsExecutable();
  process.exit(0);
}

if (ifChanged) {
  process.stderr.write(
    'pbx-mock-kit: the sources changed since the last build; building dist/ first\n',
  );
}
rmSync(join(root, 'dist'), { recursive: true, force: true });
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
} catch {
  process.stderr.write(
    'pbx-mock-kit: the build failed (tsc output above); fix it, then npm start builds again\n',
  );
  process.exit(1);
}
makeBinsExecutable();
writeFileSync(stampFile, `${digest}\n`);
