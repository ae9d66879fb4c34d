import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const buildScript = fileURLToPath(new URL('build.mjs', import.meta.url));

// A stand-in for tsc: counts its runs and writes the entry point the check looks for.
const FAKE_TSC = `
const fs = require('node:fs');
const path = require('node:path');
const root = path.resolve(__dirname, '..', '..', '..');
fs.appendFileSync(path.join(root, 'tsc-runs'), 'x');
fs.mkdirSync(path.join(root, 'dist', 'mock-server'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist', 'mock-server', 'cli.js'), '');
`;

let root: string;

function build(...flags: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [buildScript, '--root', root, ...flags], {
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tscRuns(): number {
  try {
    return readFileSync(join(root, 'tsc-runs'), 'utf8').length;
  } catch {
    return 0;
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pbx-build-'));
  for (const dir of [
    'schemas',
    'fixtures',
    'mock-server',
    'contract-tests',
    'node_modules/typescript/bin',
  ]) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  writeFileSync(join(root, 'node_modules/typescript/bin/tsc'), FAKE_TSC);
  writeFileSync(join(root, 'mock-server/app.ts'), 'export const answer = 1;\n');
  writeFileSync(join(root, 'schemas/session-info.json'), '{}\n');
  writeFileSync(join(root, 'tsconfig.json'), '{}\n');
  writeFileSync(join(root, 'tsconfig.build.json'), '{}\n');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("npm start's build step", () => {
  it('leaves the bins of package.json executable, as npm made them at install', () => {
    writeFileSync(
      join(root, 'package.json'),
      JSON.stringify({ bin: { 'pbx-mock': 'dist/mock-server/cli.js' } }),
    );
    expect(build().status).toBe(0);
    const bin = join(root, 'dist/mock-server/cli.js');
    expect(statSync(bin).mode & 0o111).toBe(0o111);
    // a dist/ an older build left without the bit gets it back even when nothing needs building
    chmodSync(bin, 0o644);
    expect(build('--if-changed').status).toBe(0);
    expect(tscRuns()).toBe(1);
    expect(statSync(bin).mode & 0o111).toBe(0o111);
  });

  it('builds a checkout that has never been built', () => {
    expect(build('--check').status).toBe(1);
    expect(build('--if-changed').status).toBe(0);
    expect(tscRuns()).toBe(1);
    expect(build('--check').stdout).toContain('up to date');
  });

  it('does not build again while the sources are unchanged', () => {
    build('--if-changed');
    expect(build('--if-changed').status).toBe(0);
    expect(tscRuns()).toBe(1);
  });

  it('builds again after a source changes, as after a git pull', () => {
    build('--if-changed');
    writeFileSync(join(root, 'mock-server/app.ts'), 'export const answer = 2;\n');
    expect(build('--check').status).toBe(1);
    const rebuilt = build('--if-changed');
    expect(rebuilt.stderr).toContain('sources changed');
    expect(tscRuns()).toBe(2);
  });

  it('builds again after a file is added, a schema changes or the build config changes', () => {
    build('--if-changed');
    writeFileSync(join(root, 'contract-tests/new-check.ts'), 'export {};\n');
    build('--if-changed');
    writeFileSync(join(root, 'schemas/session-info.json'), '{"title":"SessionInfo"}\n');
    build('--if-changed');
    writeFileSync(join(root, 'tsconfig.build.json'), '{"compilerOptions":{}}\n');
    build('--if-changed');
    expect(tscRuns()).toBe(4);
  });

  it('builds again when dist/ was deleted', () => {
    build('--if-changed');
    rmSync(join(root, 'dist'), { recursive: true });
    build('--if-changed');
    expect(tscRuns()).toBe(2);
  });
});
