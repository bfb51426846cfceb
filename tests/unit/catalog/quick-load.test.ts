import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { quickLoad } from '../../../src/catalog/yaml-file.ts';

/** Every YAML file of the shipped catalog and of the test fixtures. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return name.endsWith('.yaml') ? [full] : [];
  });
}

const slow = (source: string) => parseDocument(source, { uniqueKeys: true }).toJS({ maxAliasCount: 100 });

describe('quickLoad (js-yaml) reads what yaml reads', () => {
  const files = [...yamlFiles('catalog'), ...yamlFiles('tests/fixtures')];
  it.each(files)('%s', (file) => {
    const source = readFileSync(file, 'utf8');
    const quick = quickLoad(source);
    if (quick !== undefined) expect(quick).toEqual(slow(source));
  });

  it('reads the shipped catalog itself, not only through the fallback', () => {
    for (const file of yamlFiles('catalog')) expect(quickLoad(readFileSync(file, 'utf8')), file).toBeDefined();
  });

  it('reads texts with a placeholder before a colon, a question mark and a bracket the fast way', () => {
    expect(quickLoad('a: >-\n  poll every {pollInterval}: then ? and [x]: y\nb: "[1]: x"\n')).toBeDefined();
  });

  it.each([
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['an unknown tag', 'a: !secret x\n'],
    ['an alias of a list', 'a: &x [1, 2]\nb: *x\n'],
    ['an empty document', '# only a comment\n'],
    ['a null key, which js-yaml names "null" and yaml ""', '~: x\n'],
    ['a list as a key', '? [a]\n: y\n'],
    ['a mapping as a key', '{a: 1}: y\n'],
    ['a list as a key in a list', 'a:\n  - [b, c]: d\n'],
    ['a list as a key in a flow mapping', 'a: {x: 1, [b]: c}\n'],
    ['an explicit key in a list', 'a:\n  - ? b\n    : c\n'],
  ])('leaves %s to yaml', (_name, source) => {
    expect(quickLoad(source)).toBeUndefined();
  });

  it.each([
    ['numbers and words', 'a: 0x1F\nb: 1e3\nc: .inf\nd: yes\ne: ~\nf: "0755"\ng: 0o17\nh: 2024-01-01\ni: 1_000\n'],
    ['block scalars', 'a: |\n  one\n   two\n\nb: >-\n  folded\n  text\n\n  para\n'],
    ['numbers as YAML 1.2 reads them (0b101 is text, 1e400 is infinite)', 'a: 0b101\nb: 1e400\nc: -.INF\nd: 0o17\ne: +12\nf: 1_000\n'],
    ['flow and quoted', "a: {b: 'it''s', c: \"tab\\tand \\u00e9\"}\n"],
  ])('agrees on %s', (_name, source) => {
    expect(quickLoad(source)).toEqual(slow(source));
  });
});
