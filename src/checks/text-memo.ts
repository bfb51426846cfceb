/**
 * A text reader for a long-running process (the dev server): it keeps each
 * text's reading in memory under the text and its language, so a save reads
 * again only the texts that changed, not every text of the saved provider.
 * `endRun()` after each check run drops the readings of texts the run did
 * not meet. The key is the whole input of a reading, so a kept reading is
 * the reading a fresh read would make.
 */
import { memoryReader, type TextReader, type TextReading } from './text-cache.ts';

export function memoReader(): TextReader & { endRun(): void; stats: { kept: number; read: number } } {
  const fresh = memoryReader();
  let previous = new Map<string, TextReading>();
  let current = new Map<string, TextReading>();
  const stats = { kept: 0, read: 0 };
  return {
    stats,
    provider() {},
    read(text, lang) {
      const key = `${lang}\u0000${text}`;
      let r = current.get(key);
      if (r) return r;
      r = previous.get(key);
      if (r) stats.kept++;
      else {
        r = fresh.read(text, lang);
        stats.read++;
      }
      current.set(key, r);
      return r;
    },
    endRun() {
      previous = current;
      current = new Map();
      stats.kept = 0;
      stats.read = 0;
    },
  };
}
