/**
 * The cycles of a directed graph, one line each, for the import-cycle guard (import-cycles.test.ts). Each
 * strongly connected component with more than one node (or a node that reaches itself) is one cycle, named by
 * a shortest loop through its first node in sort order, so the guard's message is stable across runs and
 * says which imports to cut rather than listing every loop a tangle holds.
 */

/** Node -> the nodes it points to (an import graph: file -> files it imports). */
export type Graph = ReadonlyMap<string, readonly string[]>;

/** The strongly connected components of `graph` (Tarjan's algorithm), nodes sorted within each. */
function components(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    out.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return out;
}

/** A shortest path from `start` back to itself inside `members` (breadth first). */
function shortestLoop(graph: Graph, start: string, members: ReadonlySet<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] ?? start;
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        for (let at = node; at !== start;) {
          at = cameFrom.get(at) ?? start;
          path.unshift(at);
        }
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/** Every cycle of `graph` as `a > b > c > a`, one per tangle of nodes that reach each other; none: []. */
export function findCycles(graph: Graph): string[] {
  return components(graph)
    .filter(
      ([first, ...rest]) =>
        rest.length > 0 || (first !== undefined && graph.get(first)?.includes(first)),
    )
    .map((component) => {
      const start = component[0] ?? '';
      const loop = shortestLoop(graph, start, new Set(component)).join(' > ');
      return component.length > 2
        ? `${loop} (${component.length} files tangled: ${component.join(', ')})`
        : loop;
    })
    .sort();
}
