import { hash } from 'node:crypto';
import { TEXT_FIELDS, type Text } from './schema.ts';

/**
 * The hash a translation records of the source-locale text it was made
 * from: 8 hex digits of SHA-256 over the text fields, in a fixed order.
 */
export function sourceHash(text: Text): string {
  const joined = TEXT_FIELDS.map((f) => `${f}\u0000${text[f] ?? ''}`).join('\u0001');
  // The one-shot hash: a check run hashes every code's source text, and createHash's object costs more than the hashing.
  return hash('sha256', joined, 'hex').slice(0, 8);
}
