import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findViolations, projectFiles, scanRepository } from './repo-boundary.js';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const up = '..';

describe('the repository boundary', () => {
  it('holds no reference from any project file to a path outside the repository', () => {
    expect(scanRepository(root)).toEqual([]);
  });

  it('reads the source, test, script and doc files of every folder', () => {
    const files = projectFiles(root);
    for (const expected of [
      'package.json',
      '.ci/run',
      'README.md',
      'mock-server/app.ts',
      'schemas/error-catalogue.test.ts',
      'fixtures/test-support/seed-page.ts',
      'docs/device-api.md',
    ]) {
      expect(files).toContain(expected);
    }
    expect(files.some((file) => file.startsWith('node_modules'))).toBe(false);
  });

  it('flags a test that reads a file beside the project', () => {
    const text = `readFileSync(new URL('${up}/${up}/${up}/shared/seed/page.txt', import.meta.url));`;
    const found = findViolations(root, 'fixtures/test-support/seed-page.ts', text);
    expect(found).toHaveLength(1);
    expect(found[0]?.why).toContain('leaves the repository');
    expect(found[0]?.line).toBe(1);
  });

  it('flags a doc link and a package script that climb out, and a machine path', () => {
    expect(findViolations(root, 'README.md', `see [the facts](${up}/shared/api.md)`)).toHaveLength(
      1,
    );
    const scripts = `"test": "vitest run --config ${up}/elsewhere/vitest.config.ts"`;
    expect(findViolations(root, 'package.json', scripts)).toHaveLength(1);
    expect(findViolations(root, 'scripts/x.ts', `const dir = '/${'work'}/main/x';`)).toHaveLength(
      1,
    );
  });

  it('lets paths that stay inside the repository pass', () => {
    const text = [
      `import { x } from '${up}/schemas/validators.js';`,
      `const doc = new URL('${up}/docs/device-api.md', import.meta.url);`,
      `see [decisions](${up}/decisions/001-open-behaviours.md)`,
    ].join('\n');
    expect(findViolations(root, 'mock-server/app.ts', text)).toEqual([]);
  });

  it('lets a climbing path pass only where the line before says why it stays inside', () => {
    const climb = `const root = resolve(here, '${up}/${up}/${up}');`;
    expect(findViolations(root, 'bench/run.ts', climb)).toHaveLength(1);
    const vouched = `// stays in the repository: runs compiled from bench/results/build/\n${climb}`;
    expect(findViolations(root, 'bench/run.ts', vouched)).toEqual([]);
  });
});
