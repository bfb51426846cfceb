/**
 * gettext PO, written and read with gettext-parser: msgctxt is the unit id
 * (provider/CODE/field), msgid the source text, msgstr the translation;
 * `#, fuzzy` marks a translation whose source changed since it was made;
 * `#.` comments carry the notes and `#:` the YAML line. Placeholders and
 * code spans stay in the text as written, and the checks compare them on
 * import.
 */
import { po as gettextPo, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import { ExchangeFileError } from './xliff.ts';
import type { ExportUnit, ImportUnit } from './units.ts';

export function writePo(units: readonly ExportUnit[], targetLang: string): string {
  const translations: Record<string, Record<string, GetTextTranslation>> = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const u of units) {
    translations[u.id] = {
      [u.source]: {
        msgctxt: u.id,
        msgid: u.source,
        msgstr: [u.target ?? ''],
        comments: {
          extracted: u.notes.join('\n'),
          reference: `${u.yaml.file}:${u.yaml.line}`,
          ...(u.state === 'needs-review' ? { flag: 'fuzzy' } : {}),
        },
      },
    };
  }
  const po = gettextPo.compile({ charset: 'utf-8', headers: { Language: targetLang, 'Content-Type': 'text/plain; charset=UTF-8', 'X-Generator': 'errcat' }, translations }, { foldLength: 0 });
  return `${po.toString('utf8')}\n`;
}

/** The units of a PO file; one that cannot be parsed throws ExchangeFileError. */
export function readPo(text: string): { targetLang?: string; units: ImportUnit[] } {
  let parsed: GetTextTranslations;
  try {
    parsed = gettextPo.parse(text, { defaultCharset: 'utf-8', validation: true });
  } catch (e) {
    const line = Number(/line (\d+)/i.exec(String((e as Error).message))?.[1] ?? 0);
    throw new ExchangeFileError(`The file is not a PO file errcat can read: ${(e as Error).message}`, line, 1, 'Export the file again from the translation tool as gettext PO.');
  }
  // The line of each msgctxt, to point at a unit.
  const lines = new Map<string, number>();
  text.split(/\r?\n/).forEach((l, i) => {
    const m = /^msgctxt "(.*)"$/.exec(l);
    if (m && !lines.has(m[1]!)) lines.set(m[1]!, i + 1);
  });
  const units: ImportUnit[] = [];
  for (const [ctx, entries] of Object.entries(parsed.translations)) {
    if (ctx === '') continue;
    for (const entry of Object.values(entries)) {
      const target = entry.msgstr[0];
      units.push({
        id: ctx,
        line: lines.get(ctx) ?? 0,
        source: entry.msgid,
        ...(target ? { target } : {}),
        unfinished: /\bfuzzy\b/.test(entry.comments?.flag ?? ''),
      });
    }
  }
  units.sort((a, b) => a.line - b.line);
  return { targetLang: parsed.headers.Language || parsed.headers.language, units };
}
