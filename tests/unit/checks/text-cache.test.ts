import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { prepareTexts } from '../../../src/checks/check.ts';
import { runChecks } from '../../../src/checks/run.ts';
import { cachedReader, READER_FILES } from '../../../src/checks/text-cache.ts';
import { catalogOf, code, lines } from '../helpers.ts';

const DRIFT = 'tests/fixtures/drift/catalog';
const freshDir = () => mkdtempSync(path.join(tmpdir(), 'errcat-cache-'));

/** A catalog whose en summary states a limit that ru repeats, or changes. */
const limitCatalog = (ru: string) =>
  catalogOf({
    providers: {
      acme: {
        codes: [
          code({
            texts: {
              en: { title: 'Too large', summary: 'The body is over 50 KB.', action: 'Send less.' },
              ru: { title: 'Слишком большой', summary: ru, action: 'Отправьте меньше.' },
              zh: { title: '太大', summary: '请求体超过 50 KB。', action: '少发送一些。' },
            },
          }),
        ],
      },
    },
  });

describe('the checks cache', () => {
  it('gives the same findings as no cache, on the first run and on the next', () => {
    const dir = freshDir();
    const plain = lines(runChecks(loadCatalog(DRIFT)).findings);
    expect(plain.length).toBeGreaterThan(5);
    expect(lines(runChecks(loadCatalog(DRIFT), { cache: dir }).findings)).toEqual(plain);
    expect(lines(runChecks(loadCatalog(DRIFT), { cache: dir }).findings)).toEqual(plain);
  });

  it('reads nothing again when nothing changed, and a changed provider again', () => {
    const dir = freshDir();
    runChecks(loadCatalog(DRIFT), { cache: dir });
    const again = cachedReader(dir);
    prepareTexts(loadCatalog(DRIFT), again);
    expect(again.stats).toMatchObject({ read: 0 });
    expect(again.stats.cached).toBeGreaterThan(0);

    const first = cachedReader(dir);
    prepareTexts(limitCatalog('Тело больше 50 КБ.'), first);
    expect(first.stats).toMatchObject({ cached: 0 });
  });

  it('never hides a change: an edited text is read again', () => {
    const dir = freshDir();
    expect(runChecks(limitCatalog('Тело больше 50 КБ.'), { cache: dir }).errors).toBe(0);
    const drifted = runChecks(limitCatalog('Тело больше 500 КБ.'), { cache: dir });
    expect(drifted.findings.map((f) => f.check)).toContain('quantity-drift');
  });

  it('ignores a cache file it cannot read', () => {
    const dir = freshDir();
    runChecks(loadCatalog(DRIFT), { cache: dir });
    writeFileSync(path.join(dir, 'texts.json'), '{"fingerprint": ');
    expect(lines(runChecks(loadCatalog(DRIFT), { cache: dir }).findings)).toEqual(lines(runChecks(loadCatalog(DRIFT)).findings));
    expect(JSON.parse(readFileSync(path.join(dir, 'texts.json'), 'utf8'))).toHaveProperty('providers');
  });
});

describe('the cache key', () => {
  it('hashes every file the two readers import, so that a change to any of them reads every text again', () => {
    const dir = path.resolve('src/checks');
    const reached = new Set<string>();
    const follow = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      // Imports of values; `import type` decides no reading.
      for (const m of readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*? from '(\.{1,2}\/[^']+)';$/gm)) follow(path.resolve(path.dirname(file), m[1]!));
    };
    follow(path.join(dir, 'markdown.ts'));
    follow(path.join(dir, 'quantity/read.ts'));
    const listed = new Set(READER_FILES.map((f) => path.resolve(dir, f)));
    expect(reached.size).toBeGreaterThanOrEqual(4);
    expect([...reached].filter((f) => !listed.has(f)).map((f) => path.relative(dir, f))).toEqual([]);
  });
});
