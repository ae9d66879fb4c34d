import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles } from './test-support/find-cycles.js';
import { importGraph } from './test-support/import-graph.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));

describe('the contract suite', () => {
  it('has no import cycle among its files, type-only imports included', () => {
    const graph = importGraph(HERE);
    // the graph is really read: the suite's entry point reaches its checks
    expect(graph.get('runner.ts')).toContain('checks/all-checks.ts');
    expect(findCycles(graph)).toEqual([]);
  });
});
