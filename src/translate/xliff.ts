/**
 * XLIFF 1.2, written with xmlbuilder2 and read with saxes (which gives
 * each unit's line and well-formedness errors with line and column).
 *
 * Code spans and `{placeholders}` become `<ph>` inline codes holding the
 * literal, so translation tools show them as tags a translator places but
 * cannot edit; reading puts the literal back. Each unit keeps its state on
 * `<target state>` (new, translated, needs-review-translation) and its
 * notes as `<note>`s.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { SaxesParser } from 'saxes';
import { literals } from '../checks/prose.ts';
import type { ExportUnit, ImportUnit } from './units.ts';

const NS = 'urn:oasis:names:tc:xliff:document:1.2';
const STATE = { new: 'new', translated: 'translated', 'needs-review': 'needs-review-translation' } as const;

/** A file that cannot be read as XLIFF: where and why. */
export class ExchangeFileError extends Error {
  readonly line: number;
  readonly column: number;
  readonly hint: string;
  constructor(message: string, line: number, column: number, hint: string) {
    super(message);
    this.name = 'ExchangeFileError';
    this.line = line;
    this.column = column;
    this.hint = hint;
  }
}

/** Appends text to `el`, its code spans and placeholders as <ph> elements; `ids` numbers each distinct literal. */
function inline(el: XMLBuilder, text: string, ids: Map<string, number>): void {
  let at = 0;
  for (const lit of literals(text)) {
    if (lit.start > at) el.txt(text.slice(at, lit.start));
    const literal = text.slice(lit.start, lit.end);
    if (!ids.has(literal)) ids.set(literal, ids.size + 1);
    el.ele('ph', { id: String(ids.get(literal)), ctype: lit.kind === 'code' ? 'x-code' : 'x-placeholder' }).txt(literal).up();
    at = lit.end;
  }
  if (at < text.length) el.txt(text.slice(at));
}

export function writeXliff(units: readonly ExportUnit[], sourceLang: string, targetLang: string): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(NS, 'xliff', { version: '1.2' });
  const byProvider = new Map<string, ExportUnit[]>();
  for (const u of units) byProvider.set(u.provider.id, [...(byProvider.get(u.provider.id) ?? []), u]);
  for (const [provider, list] of byProvider) {
    root.txt('\n  ');
    const body = root.ele('file', { original: `${provider}/errors.yaml`, 'source-language': sourceLang, 'target-language': targetLang, datatype: 'plaintext' }).txt('\n    ').ele('body');
    for (const u of list) {
      body.txt('\n      ');
      const unit = body.ele('trans-unit', { id: u.id, resname: u.id, 'xml:space': 'preserve' });
      const ids = new Map<string, number>();
      unit.txt('\n        ');
      inline(unit.ele('source'), u.source, ids);
      unit.txt('\n        ');
      const target = unit.ele('target', { state: STATE[u.state] });
      if (u.target !== undefined) inline(target, u.target, ids);
      for (const note of u.notes) unit.txt('\n        ').ele('note', { from: 'errcat' }).txt(note);
      unit.txt('\n      ');
    }
    body.txt('\n    ').up().txt('\n  ');
  }
  root.txt('\n');
  // The declaration on a line of its own, as tools write it.
  return `${doc.end({ prettyPrint: false }).replace(/^(<\?xml[^>]*\?>)/, "$1\n")}\n`;
}

/** The units of an XLIFF 1.2 file; a file that is not well-formed XLIFF throws ExchangeFileError. */
export function readXliff(xml: string): { targetLang?: string; units: ImportUnit[] } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const units: ImportUnit[] = [];
  let targetLang: string | undefined;
  let unit: (ImportUnit & { hasTarget: boolean }) | undefined;
  /** The element whose text is being collected (source or target), and the depth of nested inline elements. */
  let into: 'source' | 'target' | undefined;
  let inlineDepth = 0;
  /** Inside <alt-trans> (a tool's suggestions) or <seg-source>: not the unit's source or target. */
  let aside = 0;
  let version: string | undefined;
  const fail = (message: string, hint: string) => {
    throw new ExchangeFileError(message, parser.line, parser.column, hint);
  };
  parser.on('error', (e) => fail(`The file is not well-formed XML: ${e.message.replace(/^\d+:\d+: /, '')}.`, 'Export the file again from the translation tool; errcat reads XLIFF 1.2 as it writes it.'));
  parser.on('opentag', (tag) => {
    const attr = (name: string) => tag.attributes[name]?.value as string | undefined;
    const name = tag.local;
    if (name === 'alt-trans' || name === 'seg-source') aside++;
    if (aside) return;
    if (name === 'xliff') version = attr('version');
    else if (name === 'file') targetLang ??= attr('target-language');
    else if (name === 'trans-unit') {
      const id = attr('id');
      if (!id) fail('A <trans-unit> has no id.', 'Every unit needs the id errcat wrote (provider/CODE/field).');
      unit = { id: id!, line: parser.line, source: '', unfinished: false, hasTarget: false };
    } else if (unit && (name === 'source' || name === 'target') && !into) {
      into = name;
      if (name === 'target') {
        unit.hasTarget = true;
        unit.target = '';
        const state = attr('state') ?? '';
        unit.unfinished = state === 'new' || state.startsWith('needs-');
      }
    } else if (into) inlineDepth++;
  });
  parser.on('text', (t) => {
    if (!unit || !into || aside) return;
    if (into === 'source') unit.source += t;
    else unit.target += t;
  });
  parser.on('closetag', (tag) => {
    const name = tag.local;
    if (aside) {
      if (name === 'alt-trans' || name === 'seg-source') aside--;
      return;
    }
    if (into && inlineDepth > 0) inlineDepth--;
    else if (into && name === into) into = undefined;
    else if (name === 'trans-unit' && unit) {
      const { hasTarget, ...u } = unit;
      if (!hasTarget || u.target === '') delete u.target;
      units.push(u);
      unit = undefined;
    }
  });
  parser.write(xml).close();
  if (version !== '1.2') throw new ExchangeFileError(`This is not an XLIFF 1.2 file (version ${version ?? 'missing'}).`, 1, 1, 'errcat reads the XLIFF 1.2 it writes with errcat xliff export; ask the tool for XLIFF 1.2.');
  return { targetLang, units };
}
