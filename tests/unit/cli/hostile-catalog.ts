/**
 * Catalogs with hostile values, for property tests: a valid catalog (with a
 * guide) and one to four mutations, each putting a hostile name, id,
 * placeholder, link, Unicode control, number, YAML construct or guide where
 * a maintainer's or an attacker's edit could put it.
 *
 *   fc.assert(fc.property(hostileCatalogs, (c) => { const dir = writeHostileCatalog(c); ... }))
 *
 * writeHostileCatalog writes one into a fresh temporary folder as
 * <tmp>/catalog/... and <tmp>/content/<locale>/<slug>.mdx and returns the
 * catalog folder; the files and `what` (the mutations, for a failing case's
 * report) are plain data.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { code, PROVIDER, SITE } from '../helpers.ts';

export interface HostileCatalog {
  /** Files by path relative to the catalog folder; guides as ../content/<locale>/<slug>.mdx. */
  files: Record<string, string | Uint8Array>;
  /** What was done to the valid catalog, one line per mutation. */
  what: string[];
}

type Json = Record<string, unknown>;
interface Spec {
  site: Json;
  providers: Record<string, { provider: Json; codes: Json[] }>;
  baseline?: Json;
  guide: string;
}

const GUIDE = "---\ntitle: Handling errors\ndescription: What to do.\n---\nimport RetryTable from '@components/RetryTable.astro';\n\nRetry after a wait.\n\n<RetryTable provider=\"acme\" />\n";

function validSpec(): Spec {
  const facts = { maxBytes: { value: 50000, unit: 'byte', label: { en: 'Largest image', ru: 'Наибольший размер', zh: '最大大小' } } };
  const first = code({ code: 'ERROR_SIZE', facts, links: [{ href: 'https://docs.acme.test/size', title: { en: 'Size', ru: 'Размер', zh: '大小' } }] });
  for (const [locale, t] of Object.entries(first.texts as Record<string, Json>)) t.summary = { en: 'The image is larger than {maxBytes}.', ru: 'Изображение больше {maxBytes}.', zh: '图片大于 {maxBytes}。' }[locale];
  return {
    site: { ...SITE, providers: ['acme'] },
    providers: { acme: { provider: { ...PROVIDER }, codes: [first, code({ code: 'ERROR_OTHER', aliases: ['ERR_OTHER'] })] } },
    guide: GUIDE,
  };
}

/** Hostile strings, by what they attack. */
export const HOSTILE = {
  ids: ['../../../../etc', 'acme/../x', '/etc', 'search', 'e', 'api', 'guides', 'consistency', 'en', 'zh', '__proto__', 'constructor', 'toString', 'a b', '', 'ACME', 'acme', '-', 'x'.repeat(300), 'évil', 'a\u202Eb'],
  codes: ['__proto__', 'constructor', 'A/../../B', 'ERROR SPACE', '', 'E'.repeat(500), 'ERROR_\u202E', 'ERROR_OTHER', 'ERR_OTHER', 'ERROR_%2F', 'ERROR_<script>'],
  placeholders: ['{__proto__}', '{constructor}', '{toString}', '{hasOwnProperty}', '{valueOf}', '{maxBytes}', '{{maxBytes}}', '{max-bytes}', '{', '}', '{лимит}', '{0}', '`{maxBytes}`'],
  links: ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example/p', '/\\evil.example/', '\\\\evil.example', '&#106;avascript:alert(1)', '%6A%61vascript:x', '', ' ', 'http://[::1', 'https://', '%', 'mailto:', '#', '/en/acme/ERROR_SIZE/', 'https://xn--80ak6aa92e.com/'],
  unicode: ['\u202E', '\u2066', '\u200B', '\u200D', '\u200C', '\u200F', '\uFEFF', '\u0000', '\u0007', '\uD800', '\uDFFF', '\u0301', '👨\u200D👩\u200D👧', 'مرحبا', '\u{E0041}', '\u2028', '\r', '\t', '\u00A0', '\u3000'],
  numbers: [-5, -0, 0, 0.5, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity, 1.5, 999, 100, 599, -1],
  text: ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</title><script>alert(1)</script>', '{{constructor.constructor("alert(1)")()}}', '${process.exit(1)}', '\\', '`', '```', '* * *', '| a |\n|---|', '[x]: javascript:alert(1)', 'a'.repeat(25_000)],
};

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const locale = pick(['en', 'ru', 'zh']);
const field = pick(['title', 'summary', 'cause', 'action']);

/** A mutation of the catalog as data, before it is written. */
type SpecMutation = { what: string; apply: (s: Spec) => void };
/** A mutation of a written file's text or bytes. */
type FileMutation = { what: string; file: string; apply: (text: string) => string | Uint8Array };

function firstCode(s: Spec): Json {
  const first = Object.keys(s.providers)[0];
  if (first === undefined) s.providers.acme = { provider: { ...PROVIDER }, codes: [code()] };
  return s.providers[first ?? 'acme']!.codes[0]!;
}
/** The first code's maxBytes fact, made again where a mutation replaced the facts. */
function fact(s: Spec): Json {
  const c = firstCode(s);
  if (c.facts === null || typeof c.facts !== 'object' || Array.isArray(c.facts)) c.facts = {};
  const facts = c.facts as Record<string, Json>;
  if (!Object.hasOwn(facts, 'maxBytes') || typeof facts.maxBytes !== 'object' || !facts.maxBytes) facts.maxBytes = { value: 1, unit: 'byte' };
  return facts.maxBytes;
}
function texts(s: Spec): Record<string, Json> {
  const c = firstCode(s);
  if (c.texts === null || typeof c.texts !== 'object' || Array.isArray(c.texts)) c.texts = {};
  const t = c.texts as Record<string, Json>;
  for (const l of ['en', 'ru', 'zh']) if (!Object.hasOwn(t, l) || typeof t[l] !== 'object' || !t[l]) t[l] = { summary: 'x' };
  return t;
}

const specMutations: fc.Arbitrary<SpecMutation>[] = [
  fc.tuple(pick(HOSTILE.ids), fc.boolean()).map(([id, add]) => ({
    what: `provider id ${JSON.stringify(id)}${add ? ' added' : ' instead of acme'}`,
    apply: (s: Spec) => {
      const p = { provider: { ...PROVIDER, id, name: id || 'x' }, codes: [code()] };
      if (!add) delete s.providers.acme;
      Object.defineProperty(s.providers, id, { value: p, enumerable: true, configurable: true, writable: true });
      s.site.providers = add ? ['acme', id] : [id];
    },
  })),
  pick(HOSTILE.ids).map((id) => ({ what: `provider listed again as ${JSON.stringify(id)} without folder`, apply: (s: Spec) => void (s.site.providers as string[]).push(id) })),
  fc.tuple(pick(['id', 'lang', 'name', 'dir']), fc.oneof(pick(HOSTILE.ids), pick(['zh CN!!', 'x', 'en_US', 'rtl', 'ltr', 'zh-Hant-TW']))).map(([key, value]) => ({
    what: `locales[1].${key} = ${JSON.stringify(value)}`,
    apply: (s: Spec) => void ((s.site.locales as Json[])[1] = { ...(s.site.locales as Json[])[1], [key]: value }),
  })),
  fc.tuple(pick(['sourceLocale', 'defaultLocale', 'url']), fc.oneof(pick(HOSTILE.ids), pick(HOSTILE.links))).map(([key, value]) => ({ what: `site ${key} = ${JSON.stringify(value)}`, apply: (s: Spec) => void (s.site[key] = value) })),
  pick(HOSTILE.codes).map((c) => ({ what: `code id ${JSON.stringify(c)}`, apply: (s: Spec) => void (firstCode(s).code = c) })),
  pick(HOSTILE.codes).map((c) => ({ what: `alias ${JSON.stringify(c)}`, apply: (s: Spec) => void (firstCode(s).aliases = [c]) })),
  fc.tuple(locale, field, pick(HOSTILE.placeholders)).map(([l, f, p]) => ({ what: `${l} ${f} cites ${p}`, apply: (s: Spec) => void (texts(s)[l] = { ...texts(s)[l], [f]: `Wait ${p} now.` }) })),
  fc.tuple(pick(HOSTILE.placeholders)).map(([p]) => ({ what: `every summary cites ${p}`, apply: (s: Spec) => { for (const l of ['en', 'ru', 'zh']) texts(s)[l]!.summary = `Wait ${p}.`; } })),
  fc.tuple(locale, field, pick(HOSTILE.links)).map(([l, f, href]) => ({ what: `${l} ${f} links to ${JSON.stringify(href)}`, apply: (s: Spec) => void (texts(s)[l] = { ...texts(s)[l], [f]: `See [the docs](${href}).` }) })),
  pick(HOSTILE.links).map((href) => ({ what: `code link ${JSON.stringify(href)}`, apply: (s: Spec) => void (firstCode(s).links = [{ href, title: { en: 'a', ru: 'б', zh: '丙' } }]) })),
  fc.tuple(pick(HOSTILE.links), pick(HOSTILE.ids)).map(([href, host]) => ({ what: `provider link ${JSON.stringify(href)}, localeHosts ${JSON.stringify(host)}`, apply: (s: Spec) => { const p = s.providers.acme?.provider; if (p) Object.assign(p, { links: [{ href, title: { en: 'a' } }], localeHosts: { [host]: [href] } }); } })),
  fc.tuple(pick(['title', 'summary', 'name', 'label', 'site name', 'provider name', 'phase']), pick(HOSTILE.unicode), fc.nat(3)).map(([where, ch, at]) => ({
    what: `${JSON.stringify(ch)} in ${where}`,
    apply: (s: Spec) => {
      const put = (text: string) => text.slice(0, at) + ch + text.slice(at);
      const c = firstCode(s);
      if (where === 'title' || where === 'summary') texts(s).en![where] = put(String(texts(s).en![where] ?? 'x'));
      else if (where === 'name') c.name = put('NO FUNDS');
      else if (where === 'label') fact(s).label = { en: put('Largest') };
      else if (where === 'site name') s.site.name = { ...(s.site.name as Json), en: put('Errors') };
      else if (where === 'provider name' && s.providers.acme) s.providers.acme.provider.name = put('Acme');
      else if (s.providers.acme) s.providers.acme.provider.phases = [{ id: put('submit'), summary: { en: put('Submit') } }];
    },
  })),
  fc.tuple(pick(['value', 'http', 'after', 'factor', 'maxAttempts']), pick(HOSTILE.numbers)).map(([key, n]) => ({
    what: `${key} = ${n}`,
    apply: (s: Spec) => {
      const c = firstCode(s);
      if (key === 'value') fact(s).value = n;
      else if (key === 'http') c.http = n;
      else c.retry = { policy: 'backoff', after: 1, [key]: n };
    },
  })),
  fc.tuple(locale, field, pick(HOSTILE.text)).map(([l, f, t]) => ({ what: `${l} ${f} = ${JSON.stringify(t.slice(0, 40))}`, apply: (s: Spec) => void (texts(s)[l] = { ...texts(s)[l], [f]: t }) })),
  fc.tuple(pick(['texts', 'facts', 'equivalents', 'phases', 'deprecated']), pick<unknown>([JSON.parse('{"__proto__": {"en": {"summary": "x"}}}'), JSON.parse('{"constructor": {"summary": "x", "value": 1, "unit": "byte"}}'), ['acme/ERROR_SIZE'], ['nowhere/X'], 'text', null, 5, { reason: { en: 'x' }, replacement: '__proto__' }])).map(([key, value]) => ({
    what: `${key} = ${JSON.stringify(value)}`,
    apply: (s: Spec) => void (firstCode(s)[key] = value),
  })),
  pick<unknown>([{ accepted: [{ check: 'unsafe-markdown', reason: 'x' }] }, { accepted: [{ check: '__proto__', provider: 'constructor', reason: 'x' }] }, { accepted: 'all' }, []]).map((b) => ({ what: `baseline ${JSON.stringify(b)}`, apply: (s: Spec) => void (s.baseline = b as Json) })),
  pick([
    '<img src="x" onerror="alert(1)" />',
    '<img src="x" onerror="alert(1)">',
    '[x](javascript:alert(1))',
    "import fs from 'node:fs';\n\n{fs.readFileSync('/etc/passwd')}",
    'export const x = 1;',
    '<script>{"alert(1)"}</script>',
    '<div set:html="<b>x</b>" />',
    '{process.exit(1)}',
    'Unclosed <b>tag',
    '{',
    '<Evil />',
    '\u202E reversed',
  ]).map((body) => ({ what: `guide holds ${JSON.stringify(body)}`, apply: (s: Spec) => void (s.guide = `${GUIDE}\n${body}\n`) })),
];

const ALIAS_BOMB = `a: &a ["x","x","x","x","x","x","x","x","x"]\n${['b', 'c', 'd', 'e', 'f', 'g', 'h'].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`).join('\n')}\n`;

const fileMutations: fc.Arbitrary<FileMutation>[] = [
  fc.tuple(pick(['site.yaml', 'acme/provider.yaml', 'acme/errors.yaml', 'baseline.yaml']), pick<[string, (t: string) => string | Uint8Array]>([
    ['an alias bomb', () => ALIAS_BOMB],
    ['lists nested 5,000 deep', (t) => `${t}\nnested: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
    ['a duplicate key', (t) => `${t}\n${t.split('\n')[0]}\n`],
    ['a tab as indentation', (t) => t.replace(/\n {2}/, '\n\t')],
    ['an unknown tag', (t) => t.replace(/: /, ': !secret ')],
    ['a binary tag', (t) => `${t}\nx: !!binary aGVsbG8=\n`],
    ['two documents', (t) => `${t}\n---\n${t}`],
    ['a byte order mark and CRLF', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
    ['bytes that are not UTF-8', (t) => new Uint8Array([...new TextEncoder().encode(t.slice(0, 40)), 0xff, 0xfe, 0x0a])],
    ['nothing', () => ''],
    ['only a comment', () => '# nothing here\n'],
    ['a scalar', () => 'just text\n'],
    ['a list', () => '- a\n- b\n'],
    ['a null key and a list as a key', (t) => `${t}\n~: x\n? [a, b]\n: y\n`],
    ['a merge key', (t) => `base: &b {x: 1}\n${t}\nmerged:\n  <<: *b\n`],
    ['a NUL byte', (t) => t.replace('a', 'a\u0000')],
    ['an anchor on the whole document', (t) => `--- &doc\n${t}`],
    ['a 40,000-character line', (t) => `${t}\nlong: ${'x'.repeat(40_000)}\n`],
  ])).map(([file, [what, apply]]) => ({ what: `${file}: ${what}`, file, apply })),
  pick(['site.yaml', 'acme/provider.yaml', 'acme/errors.yaml']).map((file) => ({ what: `${file} removed`, file, apply: () => '\u0000REMOVE' })),
];

/** A valid catalog with one to four hostile mutations. */
export const hostileCatalogs: fc.Arbitrary<HostileCatalog> = fc
  .tuple(fc.array(fc.oneof(...specMutations), { minLength: 0, maxLength: 3 }), fc.array(fc.oneof(...fileMutations), { maxLength: 1 }))
  .filter(([a, b]) => a.length + b.length > 0)
  .map(([specs, edits]) => {
    const spec = validSpec();
    for (const m of specs) m.apply(spec);
    const files = filesOf(spec);
    for (const e of edits) {
      const text = files[e.file];
      const next = e.apply(typeof text === 'string' ? text : 'a: 1\n');
      if (next === '\u0000REMOVE') delete files[e.file];
      else files[e.file] = next;
    }
    return { files, what: [...specs.map((m) => m.what), ...edits.map((e) => e.what)] };
  });

/** A catalog's files as written. */
function filesOf(spec: Spec): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { 'site.yaml': stringify(spec.site) };
  for (const [id, p] of Object.entries(spec.providers)) {
    // Ids that are no folder name are listed in site.yaml but get no files.
    if (!/^[\w.-]{1,100}$/.test(id) || id === '.' || id === '..') continue;
    files[`${id}/provider.yaml`] = stringify(p.provider);
    files[`${id}/errors.yaml`] = stringify({ codes: p.codes }, { lineWidth: 0 });
  }
  if (spec.baseline) files['baseline.yaml'] = stringify(spec.baseline);
  files['../content/en/handling-errors.mdx'] = spec.guide;
  return files;
}

/**
 * The valid catalog with values that look hostile but are allowed: an emoji
 * joined by zero-width joiners in a title, right-to-left words and HTML
 * written in a code span in a summary. The check lets it through to the pages.
 */
export function acceptedHostileCatalog(): HostileCatalog {
  const spec = validSpec();
  const texts = firstCode(spec).texts as Record<string, Json>;
  for (const t of Object.values(texts)) {
    t.title = `${String(t.title)} 👨\u200D👩\u200D👧`;
    t.summary = `${String(t.summary)} مرحبا \`<script>alert(1)</script>\``;
  }
  return { files: filesOf(spec), what: ['an emoji with joiners in every title; Arabic words and a script tag in a code span in every summary'] };
}

/** Writes a catalog into a fresh temporary folder (or `parent`); returns the catalog folder. */
export function writeHostileCatalog(catalog: HostileCatalog, parent = mkdtempSync(path.join(tmpdir(), 'errcat-hostile-'))): string {
  const root = path.join(parent, 'catalog');
  mkdirSync(root, { recursive: true });
  for (const [rel, content] of Object.entries(catalog.files)) {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}
