/**
 * The layers of src/ run one way, and no files import each other in a circle.
 * Every import counts: values, types (`import type`), re-exports, dynamic
 * imports, in .ts and .astro files alike. There is no list of exceptions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Each folder of src/ with the folders it may import. A folder may always
 * import its own files; a folder not named here is an error until it is placed.
 */
const LOWER = {
  catalog: [],
  checks: ['catalog'],
  // Beside and below the site: the catalog only, never the checks.
  i18n: ['catalog'],
  render: ['catalog'],
  search: ['catalog'],
  site: ['catalog', 'checks', 'i18n', 'render', 'search'],
  // The site's pages and what they are built from.
  pages: ['catalog', 'checks', 'i18n', 'render', 'search', 'site', 'components', 'layouts', 'scripts', 'styles'],
  components: ['catalog', 'checks', 'i18n', 'render', 'search', 'site', 'layouts', 'scripts', 'styles'],
  layouts: ['catalog', 'checks', 'i18n', 'render', 'search', 'site', 'components', 'scripts', 'styles'],
  scripts: ['catalog', 'i18n', 'render', 'search', 'site', 'styles'],
  styles: [],
  // On top: the importer, then the translation round trip, then the command line and the Astro integration side by side.
  import: ['catalog', 'checks', 'i18n'],
  translate: ['catalog', 'checks', 'i18n', 'import'],
  cli: ['catalog', 'checks', 'i18n', 'render', 'search', 'site', 'import', 'translate'],
  integrations: ['catalog', 'checks', 'i18n', 'render', 'search', 'site'],
} satisfies Record<string, string[]>;

const NO_ASTRO = ['catalog', 'checks', 'import', 'translate', 'cli'];

const SOURCE = /\.(ts|mts|astro)$/;
const IMPORTS = [
  // import x from '…', import type { X } from '…', export { x } from '…', export * from '…', over several lines too
  /^\s*(?:import|export)\b[\w\s{},*$]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  // import '…' (for its effects)
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  // import('…') and typeof import('…')
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The layer of a file: the folder under src/ (or the file, for one at src/'s top). */
const layerOf = (file: string) => file.split('/')[1]!;

/** Every import in src/ by file: [file, resolved target or bare specifier]. */
function importsOf(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = (readdirSync('src', { recursive: true }) as string[]).filter((n) => SOURCE.test(n)).map((n) => path.posix.join('src', n.split(path.sep).join('/')));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = IMPORTS.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!)).map((spec) => {
      if (spec.startsWith('@components/')) return path.posix.join('src/components', spec.slice('@components/'.length));
      return spec.startsWith('.') ? path.posix.join(path.posix.dirname(file), spec) : spec;
    });
    graph.set(file, [...new Set(targets)]);
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
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

/** Imports that reach a layer the file's layer may not import. */
function upward(graph: Map<string, string[]>, lower: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph) {
    const from = layerOf(file);
    const allowed = lower[from];
    for (const t of targets.filter((t) => t.startsWith('src/'))) {
      const to = layerOf(t);
      if (to !== from && !allowed?.includes(to)) out.push(`${file} -> ${t}`);
    }
  }
  return out;
}

describe('the layers of src/', () => {
  const graph = importsOf();

  it('reads the imports of every source file, types and .astro files included', () => {
    // The reader itself can fail: a type-only import, a multi-line import and an .astro import must all be seen.
    expect(graph.get('src/checks/check.ts')).toContain('src/catalog/load.ts');
    expect([...graph.keys()].some((f) => f.endsWith('.astro'))).toBe(true);
    expect(graph.get('src/pages/[locale]/[provider]/[code].astro')?.some((t) => t.startsWith('src/site/'))).toBe(true);
  });

  it('places every folder of src/ in a layer', () => {
    const unplaced = [...new Set([...graph.keys()].map(layerOf))].filter((l) => !(l in LOWER));
    expect(unplaced).toEqual([]);
  });

  it('has no import from a layer above the file or beside it', () => {
    expect(upward(graph, LOWER)).toEqual([]);
  });

  it('has no two files that import each other, directly or through others', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('keeps astro:* out of what the command line runs under plain Node', () => {
    const astro = [...graph].filter(([file]) => NO_ASTRO.includes(layerOf(file))).flatMap(([file, targets]) => targets.filter((t) => t.startsWith('astro:')).map((t) => `${file} -> ${t}`));
    expect(astro).toEqual([]);
  });

  it('would report an upward import and a cycle', () => {
    const bad = new Map([
      ['src/catalog/a.ts', ['src/checks/b.ts']],
      ['src/checks/b.ts', ['src/catalog/a.ts']],
    ]);
    expect(upward(bad, LOWER)).toEqual(['src/catalog/a.ts -> src/checks/b.ts']);
    expect(cycles(bad)).toHaveLength(1);
  });
});
