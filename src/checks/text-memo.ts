/**
 * Readings kept in memory by a long-running process (the dev server), so a
 * save reads again only the texts that changed. The key is the whole input
 * of a reading (text and language), so a kept reading is the reading a fresh
 * read would make. `endRun()` after each run drops what the run did not meet.
 */
export class TextMemo<T> {
  private previous = new Map<string, T>();
  private current = new Map<string, T>();
  /** Readings kept from the run before, and read afresh, in this run. */
  readonly stats = { kept: 0, read: 0 };

  read(text: string, lang: string, fresh: (text: string, lang: string) => T): T {
    const key = `${lang}\u0000${text}`;
    let r = this.current.get(key);
    if (r !== undefined) return r;
    r = this.previous.get(key);
    if (r !== undefined) this.stats.kept++;
    else {
      r = fresh(text, lang);
      this.stats.read++;
    }
    this.current.set(key, r);
    return r;
  }

  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
    this.stats.kept = 0;
    this.stats.read = 0;
  }
}
