/** Looking up a name from the catalog (a placeholder, a locale) in a plain object. */

/** `record[key]` if `record` has it as its own: never "constructor", "toString" or "__proto__" that every object inherits. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
