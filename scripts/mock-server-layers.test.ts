import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { forbiddenImports, LAYERS, layerRules, TEST_FOLDERS } from './mock-server-layers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Lints `code` as if it were mock-server/<file>, with the layer rules alone (no type information needed). */
async function lint(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      ...layerRules(),
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'mock-server', file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('the mock-server layers', () => {
  it('refuse an import that points up or sideways, naming the rule', async () => {
    const up = await lint('core/probe.ts', "import { HANDLERS } from '../device/endpoints.js';\n");
    expect(up).toEqual([expect.stringMatching(/^no-restricted-imports: .*mock-server\/core\//)]);
    const typeOnly = await lint(
      'state/probe.ts',
      "import type { RuleBook } from '../scenarios/rules.js';\n",
    );
    expect(typeOnly).toHaveLength(1);
    const sideways = await lint('device/probe.ts', "import { x } from '../control/routes.js';\n");
    expect(sideways).toHaveLength(1);
    const intoApp = await lint('openapi/probe.ts', "import { createMockPbx } from '../app.js';\n");
    expect(intoApp).toHaveLength(1);
    const rootIntoCli = await lint('probe.ts', "import { runMock } from './cli/main.js';\n");
    expect(rootIntoCli).toHaveLength(1);
  });

  it('let a module import downwards and from its own folder', async () => {
    const code = [
      // stays in the repository: relative to mock-server/device/, where the probe is linted
      "import { Errcode } from '../../schemas/error-catalogue.js';",
      "import { DeviceError } from '../core/device-error.js';",
      "import { createClock } from '../state/clock.js';",
      "import { RuleBook } from '../scenarios/rules.js';",
      "import { servedEndpoint } from './endpoints.js';",
      '',
    ].join('\n');
    expect(await lint('device/probe.ts', code)).toEqual([]);
    expect(await lint('cli/probe.ts', "import { createMockPbx } from '../app.js';\n")).toEqual([]);
  });

  it('leave tests free to drive the app from outside', async () => {
    expect(
      await lint('core/probe.test.ts', "import { createMockPbx } from '../app.js';\n"),
    ).toEqual([]);
  });

  it('cover every folder of mock-server/', () => {
    const known = new Set<string>([...LAYERS.flat(), ...TEST_FOLDERS]);
    const folders = readdirSync(join(ROOT, 'mock-server')).filter((name) =>
      statSync(join(ROOT, 'mock-server', name)).isDirectory(),
    );
    expect(folders.filter((name) => !known.has(name))).toEqual([]);
    expect(() => forbiddenImports('no-such-layer')).toThrow(/not a layer/);
  });
});
