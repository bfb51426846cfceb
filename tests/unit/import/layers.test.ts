/** The importer and the command line import downward only, and no two of their files import each other. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Static imports of every .ts file under `dirs`, as paths relative to the repository. */
function imports(dirs: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const dir of dirs) {
    for (const name of readdirSync(dir, { recursive: true }) as string[]) {
      if (!name.endsWith('.ts')) continue;
      const file = path.join(dir, name);
      const targets = [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((m) => path.join(path.dirname(file), m[1]!));
      graph.set(file, targets);
    }
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the importer\'s and the command line\'s imports', () => {
  const graph = imports(['src/cli', 'src/import', 'src/catalog', 'src/i18n']);

  it('form no cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('go downward: src/import reaches neither src/cli nor the site, src/catalog nothing above it', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((t) => (file.startsWith('src/import/') && /^src\/(cli|site|integrations|pages)\//.test(t)) || (file.startsWith('src/catalog/') && /^src\/(cli|import|site|integrations)\//.test(t)))
        .map((t) => `${file} -> ${t}`),
    );
    expect(upward).toEqual([]);
  });
});
