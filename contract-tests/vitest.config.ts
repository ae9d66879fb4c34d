import { defineConfig } from 'vitest/config';

// The contract project: the suite (specs/) against PBX_BASE_URL, or against an in-process mock that the global
// setup starts on an ephemeral loopback port; plus the tests of the CLI, its reports and its teeth.
// Paths are relative to this folder (a project config file is its own root).
export default defineConfig({
  test: {
    name: 'contract',
    include: ['**/*.test.ts', 'specs/**/*.spec.ts'],
    environment: 'node',
    // files of one worker share loaded modules; see the root vitest.config.ts
    isolate: false,
    globalSetup: ['./specs/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
