/**
 * references: what the schema alone cannot see. Duplicate codes, aliases
 * that collide, equivalents and related codes that point nowhere or only one way, phases and
 * locales that do not exist, HTTP statuses out of range or at odds with the
 * retry policy, a deprecated code's replacement that does not exist.
 */
import type { Catalog, LoadedCode } from '../catalog/load.ts';
import { inLocale } from '../catalog/localized.ts';
import { codeFinding, list, type Check } from './check.ts';
import type { Finding } from './finding.ts';

export const id = 'references';

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  const locales = new Set(catalog.site.locales.map((l) => l.id));
  const byRef = new Map<string, LoadedCode>();
  // Each code's "provider/CODE" (by provider, then by the code's place), made once: the map key and the name looked for among equivalents are one string (BENCHMARKS.md says why).
  const refs: string[][] = [];
  for (const provider of catalog.providers) {
    const mine: string[] = [];
    refs.push(mine);
    const seen = new Map<string, { code: LoadedCode; as: string }>();
    const phases = new Set(provider.phases.map((p) => p.id));
    for (const code of provider.codes) {
      const ref = `${provider.id}/${code.code}`;
      byRef.set(ref, code);
      mine.push(ref);
      for (let n = -1; n < code.aliases.length; n++) {
        const name = n === -1 ? code.code : code.aliases[n]!;
        const key = name.toUpperCase();
        const prev = seen.get(key);
        if (!prev) {
          seen.set(key, { code, as: n === -1 ? 'the code' : 'an alias' });
          continue;
        }
        const what = n === -1 ? 'The code' : `The alias ${name}`;
        const first = prev.code.at(['code']).line;
        out.push(
          codeFinding(id, code, {
            severity: 'error',
            at: n === -1 ? ['code'] : ['aliases', n],
            message:
              n === -1 && prev.as === 'the code'
                ? `The code is listed twice; the first entry is at line ${first}. A code has one page, so it has one entry.`
                : `${what} is already used as ${prev.as} of ${prev.code.code} at line ${first}; a code page and its short link must lead to one entry.`,
            hint: prev.code === code ? 'Remove the repeated alias.' : 'Merge the two entries, or remove the duplicate name from one of them.',
          }),
        );
      }
      for (let i = 0; i < code.phases.length; i++) {
        const p = code.phases[i]!;
        if (!phases.has(p))
          out.push(codeFinding(id, code, { severity: 'error', at: ['phases', i], message: `Phase "${p}" is not a phase of ${inLocale(provider.name, catalog.site.sourceLocale, catalog.site.sourceLocale)}.`, hint: `Use one of ${list([...phases])}, or add the phase to ${provider.id}/provider.yaml.` }));
      }
      for (const locale in code.texts) {
        if (!locales.has(locale))
          out.push(codeFinding(id, code, { severity: 'error', at: ['texts', locale], locales: [locale], message: `Texts are given in "${locale}", which site.yaml does not publish.`, hint: `Publish the locale in site.yaml (locales), or fix the key; the locales are ${list([...locales])}.` }));
      }
      httpFindings(code, out);
    }
  }
  catalog.providers.forEach((provider, p) => {
    const mine = refs[p]!;
    provider.codes.forEach((code, n) => {
      const self = mine[n]!;
      crossReferences(code, self, 'equivalents', byRef, out);
      crossReferences(code, self, 'related', byRef, out);
      const replacement = code.deprecated?.replacement;
      if (replacement && !byRef.has(`${provider.id}/${replacement}`))
        out.push(codeFinding(id, code, { severity: 'error', at: ['deprecated', 'replacement'], message: `The replacement ${replacement} is not a code of ${inLocale(provider.name, catalog.site.sourceLocale, catalog.site.sourceLocale)}.`, hint: 'Name an existing code of the same provider.' }));
    });
  });
  return out;
}

const LIST_WORDS = {
  equivalents: { one: 'Equivalent', shown: 'equivalents are shown on both pages' },
  related: { one: 'Related code', shown: 'related codes are shown on both pages' },
} as const;

/** Adds the findings on one list of other codes (equivalents or related): each exists, is not the code itself, names the code back, and is not in both lists. */
function crossReferences(code: LoadedCode, self: string, list: 'equivalents' | 'related', byRef: ReadonlyMap<string, LoadedCode>, out: Finding[]): void {
  const words = LIST_WORDS[list];
  const refs = code[list];
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    const other = byRef.get(ref);
    if (!other) {
      out.push(codeFinding(id, code, { severity: 'error', at: [list, i], message: `${words.one} ${ref} does not exist.`, hint: 'Write "provider/CODE" with a provider id from site.yaml and a code (not an alias) of that provider.' }));
    } else if (other === code) {
      out.push(codeFinding(id, code, { severity: 'error', at: [list, i], message: `The code names itself as ${list === 'related' ? 'a related code' : 'its equivalent'}.`, hint: `Remove this entry from ${list}.` }));
    } else if (!other[list].includes(self)) {
      out.push(codeFinding(id, code, { severity: 'error', at: [list, i], message: `${words.one} ${ref} does not name ${self} back; ${words.shown}, so they must be listed on both.`, hint: `Add "${self}" to the ${list} of ${ref}.` }));
    } else if (list === 'related' && code.equivalents.includes(ref)) {
      out.push(codeFinding(id, code, { severity: 'error', at: [list, i], message: `${ref} is listed both as an equivalent and as a related code; an equivalent is the same condition, a related code only overlaps.`, hint: 'Keep it in one of the two lists.' }));
    }
  }
}

/** Adds the findings on the HTTP status: in range, and in line with the retry policy. */
function httpFindings(code: LoadedCode, out: Finding[]): void {
  const { http, retry } = code;
  if (http < 100 || http > 599) {
    out.push(codeFinding(id, code, { severity: 'error', at: ['http'], message: `HTTP status ${http} is not a status code (100 to 599).`, hint: 'Write the status the client sees, e.g. 200 when the error is in the body.' }));
    return;
  }
  const policy = retry.policy;
  if ((http === 429 || http === 503) && policy === 'never')
    out.push(codeFinding(id, code, { severity: 'error', at: ['retry', 'policy'], message: `HTTP ${http} tells clients to come back later, but the retry policy is "never".`, hint: 'Use after-wait or backoff, or correct the status.' }));
  if ((http === 401 || http === 403 || http === 404) && (policy === 'backoff' || policy === 'after-wait' || policy === 'poll'))
    out.push(codeFinding(id, code, { severity: 'warning', at: ['retry', 'policy'], message: `HTTP ${http} does not get better by waiting, but the retry policy is "${policy}".`, hint: 'Use after-fix or never, or record in retry.decision why waiting helps.' }));
  if (policy === 'poll' && http >= 400)
    out.push(codeFinding(id, code, { severity: 'error', at: ['retry', 'policy'], message: `"poll" means the task is still running, which is not an HTTP ${http} error.`, hint: 'Use after-wait or backoff, or correct the status.' }));
  if ((policy === 'after-wait' || policy === 'poll') && retry.after === undefined && !retry.decision)
    out.push(codeFinding(id, code, { severity: 'warning', at: ['retry'], message: `The retry policy is "${policy}" but no wait is given.`, hint: 'Add retry.after in seconds, or say in retry.decision why it is unknown.' }));
}

export const check: Check = { id, summary: 'duplicate codes and aliases, dangling or one-way equivalents and related codes, unknown phases and locales, HTTP status against retry policy', run };
