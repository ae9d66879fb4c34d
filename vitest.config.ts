import { defineConfig } from 'vitest/config';

// `npm test` runs two projects: the unit and mock tests beside the code (docs/ included: its examples run),
// and the contract suite (contract-tests/vitest.config.ts) against an in-process mock.
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
        },
      },
      'contract-tests/vitest.config.ts',
    ],
  },
});
