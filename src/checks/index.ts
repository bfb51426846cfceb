/** The registry: every check, in the order they run. */
import type { Check } from './check.ts';
import { check as references } from './references.ts';
import { check as equivalentDrift } from './equivalent-drift.ts';
import { check as localeComplete } from './locale-complete.ts';
import { check as literalParity } from './literal-parity.ts';
import { check as linkDrift } from './link-drift.ts';
import { check as quantityDrift } from './quantity-drift.ts';
import { check as factLiteral } from './fact-literal.ts';
import { check as markdownParity } from './markdown-parity.ts';
import { check as retryAdvice } from './retry-advice.ts';
import { check as staleTranslation } from './stale-translation.ts';
import { check as unchangedTranslation } from './unchanged-translation.ts';
import { check as unsafeMarkdown } from './unsafe-markdown.ts';
import { check as urlManifest } from './url-manifest.ts';
import { check as hiddenCharacters } from './hidden-characters.ts';
import { check as typography } from './typography.ts';

export const CHECKS: Check[] = [
  references,
  equivalentDrift,
  localeComplete,
  literalParity,
  quantityDrift,
  factLiteral,
  linkDrift,
  markdownParity,
  retryAdvice,
  staleTranslation,
  unchangedTranslation,
  unsafeMarkdown,
  hiddenCharacters,
  typography,
  urlManifest,
];
