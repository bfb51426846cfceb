/** The registry: every check, in the order they run. */
import type { Check } from './check.ts';
import { check as references } from './references.ts';
import { check as localeComplete } from './locale-complete.ts';
import { check as literalParity } from './literal-parity.ts';
import { check as linkDrift } from './link-drift.ts';
import { check as quantityDrift } from './quantity-drift.ts';
import { check as factLiteral } from './fact-literal.ts';
import { check as markdownParity } from './markdown-parity.ts';
import { check as staleTranslation } from './stale-translation.ts';
import { check as unchangedTranslation } from './unchanged-translation.ts';
import { check as unsafeMarkdown } from './unsafe-markdown.ts';
import { check as urlManifest } from './url-manifest.ts';
import { check as typography } from './typography.ts';

export const CHECKS: Check[] = [
  references,
  localeComplete,
  literalParity,
  quantityDrift,
  factLiteral,
  linkDrift,
  markdownParity,
  staleTranslation,
  unchangedTranslation,
  unsafeMarkdown,
  typography,
  urlManifest,
];
