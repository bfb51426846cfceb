/**
 * What the checks read from each text (its Markdown facts and quantities),
 * kept between runs in `.errcat/cache/texts.json`. Reading is the bulk of a
 * check run on a large catalog, and it depends on nothing but the texts,
 * their languages and the reader's code. So the cache keeps, per provider,
 * the readings of all its texts in the order they are read, under a key
 * that hashes its errors.yaml, the locales' languages and the reader's code
 * (its source files and markdown-it's version): a provider whose file did
 * not change is not read again, one whose file changed is read whole. A
 * cache that cannot be read is ignored, one that cannot be written is
 * skipped: neither changes a finding.
 */
import { createHash } from 'node:crypto';
import type { LoadedProvider } from '../catalog/load.ts';
import { writeFileAtomic } from '../catalog/write.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { NO_FACTS, readMarkdown, type MarkdownFacts } from './markdown.ts';
import { NO_QUANTITIES, readQuantities, type Quantity } from './quantity/read.ts';

export interface TextReading {
  md: MarkdownFacts;
  quantities: readonly Quantity[];
}

/** Reads texts; `provider` is called before reading each provider's texts, in catalog order. */
export interface TextReader {
  provider(provider: LoadedProvider, langs: ReadonlyMap<string, string>): void;
  read(text: string, lang: string): TextReading;
}

/** [Markdown facts or 0 when there are none, quantities or 0 when there are none] */
type Stored = [MarkdownFacts | 0, readonly Quantity[] | 0];

/** The reading of a text with nothing in it to read, shared: most texts. */
const NOTHING: TextReading = Object.freeze({ md: NO_FACTS, quantities: NO_QUANTITIES });

function readText(text: string, lang: string): TextReading {
  const md = readMarkdown(text);
  const quantities = readQuantities(text, lang);
  return md === NO_FACTS && quantities === NO_QUANTITIES ? NOTHING : { md, quantities };
}

/**
 * A reader without a cache. Each text is read as it comes: finding an
 * earlier identical text would cost more than reading it again, as most
 * texts need one pass over their characters and no more.
 */
export function memoryReader(): TextReader {
  return { provider() {}, read: readText };
}

/**
 * The files whose code decides a reading, relative to this one: the two
 * readers, every file they import, and the cache's own format. A test
 * follows the readers' imports and fails when one is missing here.
 */
export const READER_FILES = ['./markdown.ts', './text-flags.ts', './quantity/read.ts', './quantity/numerals.ts', './check.ts', './text-cache.ts'];

let fingerprintMemo: string | null | undefined;

/** A hash of the reader's code, or null when its files cannot be read (a bundled build): then there is no cache. */
function fingerprint(): string | null {
  if (fingerprintMemo !== undefined) return fingerprintMemo;
  try {
    const hash = createHash('sha256');
    for (const rel of READER_FILES) hash.update(readFileSync(new URL(rel, import.meta.url)));
    hash.update(String(createRequire(import.meta.url)('markdown-it/package.json').version));
    fingerprintMemo = hash.digest('base64url');
  } catch {
    fingerprintMemo = null;
  }
  return fingerprintMemo;
}

interface CacheFile {
  fingerprint: string;
  /** Per provider: the key its readings were made under, and the readings in reading order. */
  providers: Record<string, { key: string; readings: Stored[] }>;
}

/** A reader backed by the cache file in `dir`; `save()` writes this run's readings when any was new. */
export function cachedReader(dir: string): TextReader & { save(): void; stats: { cached: number; read: number } } {
  const file = path.join(dir, 'texts.json');
  const print = fingerprint();
  let stored: CacheFile['providers'] = {};
  if (print) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (data.fingerprint === print) stored = data.providers;
    } catch {
      // No cache yet, or an unreadable one: read everything.
    }
  }
  const fresh = memoryReader();
  const written: CacheFile['providers'] = {};
  const stats = { cached: 0, read: 0 };
  /** The readings of the provider being read, and those of the cache to replay when its key matched. */
  let current: Stored[] | undefined;
  let replay: Stored[] | undefined;
  return {
    stats,
    provider(provider, langs) {
      const key = createHash('sha1').update(JSON.stringify([...langs])).update(provider.errorsSource).digest('base64url');
      const old = stored[provider.id];
      replay = old?.key === key ? old.readings : undefined;
      current = [];
      written[provider.id] = { key, readings: current };
    },
    read(text, lang) {
      if (!current) throw new Error('TextReader.provider() must come before read()');
      const s = replay?.[current.length];
      let r: TextReading;
      if (s) {
        r = { md: s[0] || NO_FACTS, quantities: s[1] || NO_QUANTITIES };
        current.push(s);
        stats.cached++;
      } else {
        r = fresh.read(text, lang);
        current.push([r.md === NO_FACTS ? 0 : r.md, r.quantities === NO_QUANTITIES ? 0 : r.quantities]);
        stats.read++;
      }
      return r;
    },
    save() {
      // Nothing new and no provider gone: the file is current.
      if (!print || (stats.read === 0 && Object.keys(stored).length === Object.keys(written).length)) return;
      try {
        writeFileAtomic(file, JSON.stringify({ fingerprint: print, providers: written } satisfies CacheFile));
      } catch {
        // A read-only checkout: the next run reads again.
      }
    },
  };
}
