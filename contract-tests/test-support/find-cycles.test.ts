import { describe, expect, it } from 'vitest';
import { findCycles } from './find-cycles.js';
import type { Graph } from './find-cycles.js';

function graphOf(edges: Record<string, string[]>): Graph {
  return new Map(Object.entries(edges));
}

describe('findCycles', () => {
  it('finds none in a graph whose edges all point one way', () => {
    expect(findCycles(graphOf({ a: ['b', 'c'], b: ['c'], c: [], d: ['a'] }))).toEqual([]);
  });

  it('names a two-file cycle', () => {
    expect(findCycles(graphOf({ a: ['b'], b: ['a'], c: ['a'] }))).toEqual(['a > b > a']);
  });

  it('names a file that imports itself', () => {
    expect(findCycles(graphOf({ a: ['a'], b: [] }))).toEqual(['a > a']);
  });

  it('names the shortest loop of a tangle and every file in it', () => {
    const graph = graphOf({
      'answer-checks': ['check'],
      check: ['run-context'],
      'run-context': ['answer-checks', 'discovery'],
      discovery: ['answer-checks'],
    });
    expect(findCycles(graph)).toEqual([
      'answer-checks > check > run-context > answer-checks (4 files tangled: answer-checks, check, discovery, run-context)',
    ]);
  });

  it('names each separate cycle once, in a stable order', () => {
    const graph = graphOf({ x: ['y'], y: ['x'], a: ['b'], b: ['a', 'x'] });
    expect(findCycles(graph)).toEqual(['a > b > a', 'x > y > x']);
  });

  it('follows edges to nodes the graph does not list as keys without failing', () => {
    expect(findCycles(graphOf({ a: ['outside'] }))).toEqual([]);
  });
});
