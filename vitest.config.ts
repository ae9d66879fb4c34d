import { defineConfig } from 'vitest/config';

// `npm test` runs two projects: the unit and mock tests beside the code (docs/ included: its examples run),
// and the contract suite (contract-tests/vitest.config.ts) against an in-process mock.
// isolate: false lets the test files of one worker share loaded modules (Express, ajv's compiled validators,
// faker) instead of loading them again per file: the suite's CPU time went from 119 s to 71 s. It holds
// because no test leaves state behind: servers are closed, spies restored, process listeners removed, and
// the mock has no module-level state (createMockPbx is side-effect free). A shuffled run
// (npx vitest run --sequence.shuffle) is how to look for a test that breaks this.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{schemas,fixtures,mock-server,scripts,bench,docs}/**/*.test.ts'],
          exclude: ['scripts/package-consumer/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 20_000,
          isolate: false,
        },
      },
      'contract-tests/vitest.config.ts',
    ],
  },
});
