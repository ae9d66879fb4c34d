// @ts-check
/**
 * The layers of mock-server/, lowest first. A module may import from its own folder and from the layers
 * below it, never from a layer above or beside it; eslint.config.js turns this into no-restricted-imports
 * rules (scripts/mock-server-layers.test.ts shows they catch an upward import). Tests and test-support may
 * import anything: they drive the app from outside. See decisions/007-endpoint-tables.md.
 */

/** Folders of mock-server/, lowest first; folders in one inner array are peers and may not import each other. */
export const LAYERS = /** @type {const} */ ([
  ['core'], // envelope pieces, device errors, mock problems, query and parameter checks, logger, TLS
  ['state'], // clock, tokens, sessions, store budgets
  ['scenarios'], // rules, faults, journal, forced errcodes
  ['device', 'control'], // the two APIs: the device table's handlers and dispatcher, the control table
  ['openapi'], // the document, built from both tables
  ['.'], // app.ts, index.ts, server.ts: the app composed, the package entry, listening
  ['cli'], // runMock and its options, banner and usage (the bin mock-server/cli.ts sits above all)
]);

/** Folders that hold tests only, outside the layering. */
export const TEST_FOLDERS = ['app-tests', 'test-support'];

/** The root modules of mock-server/ that are not the bin. */
const ROOT_MODULES = ['app', 'index', 'server'];

/**
 * The import patterns a module of `layer` may not use (relative specifiers, as written in the source).
 * @param {string} layer
 * @returns {string[]}
 */
export function forbiddenImports(layer) {
  const rank = LAYERS.findIndex((group) =>
    /** @type {readonly string[]} */ (group).includes(layer),
  );
  if (rank < 0) throw new Error(`mock-server/${layer} is not a layer`);
  const above = LAYERS.slice(rank + 1).flat();
  const peers = /** @type {readonly string[]} */ (LAYERS[rank]).filter((name) => name !== layer);
  const fromRoot = layer === '.';
  const prefix = fromRoot ? './' : '../';
  const patterns = [...above, ...peers]
    .filter((name) => name !== '.')
    .map((name) => `${prefix}${name}/*`);
  if (fromRoot) patterns.push('./cli.js');
  else {
    patterns.push('../cli.js');
    if (above.includes('.')) patterns.push(...ROOT_MODULES.map((name) => `../${name}.js`));
  }
  return patterns;
}

/**
 * ESLint flat-config entries enforcing the layers.
 * @returns {import('eslint').Linter.Config[]}
 */
export function layerRules() {
  return LAYERS.flat().map((layer) => ({
    files: layer === '.' ? ['mock-server/*.ts'] : [`mock-server/${layer}/**/*.ts`],
    ignores: ['**/*.test.ts', 'mock-server/cli.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: forbiddenImports(layer),
              message: `mock-server/${layer === '.' ? '' : `${layer}/`} may import only from its own folder and the layers below it (scripts/mock-server-layers.mjs).`,
            },
          ],
        },
      ],
    },
  }));
}
