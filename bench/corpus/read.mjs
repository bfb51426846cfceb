/**
 * Page readers for the corpus pages that are not Docusaurus "heading + code
 * line" pages, in the shape `errcat import` takes (src/import/entry.ts): one
 * entry per error, its description as written. The import then builds the
 * catalog exactly as `errcat import docusaurus` does.
 *
 *  - table: rows of GFM pipe tables, or of YFM tables (`#|` … `|#`, rows
 *    `|| a | b ||` that may run over several lines), under the headings
 *    named in projects.yaml; columns say which cell is the code, the display
 *    name and which cells make the description (their order in it).
 *  - mdn: one MDN error page: the code is the last segment of the slug, the
 *    name is the title, the description the third `##` section ("What went
 *    wrong?" in every locale; the sections keep their order across locales).
 *
 * Codes that do not start with a letter (TDengine's 0x8000000B) get an E in
 * front, and other characters than a code may hold become `_`, since
 * catalog codes start with a letter and hold no spaces.
 */

/** A code as the catalog accepts it. */
function codeId(raw) {
  const code = raw.replace(/`/g, '').trim().replace(/[^A-Za-z0-9_.:-]+/g, '_');
  return /^[A-Za-z]/.test(code) ? code : `E${code}`;
}

/** `<br/>` in a table cell as the Docusaurus reader turns `<br />`: a Markdown hard break, two of them a paragraph break. */
function breaks(text) {
  return text.replace(/(\s*<br\s*\/?\s*>\s*){2,}/gi, '\n\n').replace(/\s*<br\s*\/?\s*>\s*/gi, '\\\n');
}

function entry(code, name, line, description) {
  return { code: codeId(code), aliases: [], name, line, codeLine: line, descriptionLine: line, label: '', description: breaks(description) };
}

/** The cells of one table row: leading and trailing pipes optional. */
function cells(line) {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** A reader of table rows, for one project's columns and sections. */
export function tableReader({ columns, sections }) {
  const wanted = new Set(sections.map((s) => s.toLowerCase()));
  const described = ['summary', 'cause', 'action'].filter((k) => columns[k] !== undefined);
  const toEntry = (row, line) => {
    const code = row[columns.code];
    if (!code) return undefined;
    const description = described.map((k) => row[columns[k]]).filter(Boolean).join('\n\n');
    return entry(code, columns.name !== undefined ? row[columns.name] : code, line, description);
  };
  return (text) => {
    const entries = [];
    const lines = text.split(/\r?\n/);
    let section = '';
    let gfm = false;
    // A YFM table: rows start with `||`; a row runs until the next one starts; the first row is the header.
    let yfm = undefined;
    const flush = () => {
      if (yfm?.row && yfm.rows++ > 0) {
        const e = toEntry(cells(yfm.row.text.replace(/^\s*\|\|/, '').replace(/\|\|\s*$/, '')), yfm.row.line);
        if (e) entries.push(e);
      }
      if (yfm) yfm.row = undefined;
    };
    lines.forEach((line, i) => {
      const t = line.trim();
      if (yfm) {
        if (t === '|#') {
          flush();
          yfm = undefined;
        } else if (t.startsWith('||') && t !== '||') {
          flush();
          yfm.row = { text: t, line: i + 1 };
        } else if (yfm.row && t !== '||') yfm.row.text += `\n${line}`;
        return;
      }
      const heading = /^#{2,6}\s+(.*?)\s*(\{#[^}]*\})?\s*$/.exec(line);
      if (heading) {
        section = heading[1].toLowerCase();
        gfm = false;
        return;
      }
      if (!wanted.has(section)) return;
      if (t === '#|') return void (yfm = { rows: 0, row: undefined });
      if (!line.includes('|')) return void (gfm = false);
      if (/^\s*\|?\s*:?-{3,}/.test(line)) return void (gfm = true);
      if (!gfm) return;
      const e = toEntry(cells(line), i + 1);
      if (e) entries.push(e);
    });
    return { entries, notes: [] };
  };
}

/** A reader of one MDN error page. */
export function mdnReader() {
  return (text) => {
    const lines = text.split(/\r?\n/);
    const slug = /^slug:\s*(\S+)/m.exec(text)?.[1] ?? '';
    const title = /^title:\s*(['"]?)(.*)\1\s*$/m.exec(text)?.[2] ?? slug;
    const h2 = lines.flatMap((l, i) => (/^##\s/.test(l) ? [i] : []));
    const start = h2[2];
    if (start === undefined) return { entries: [], notes: [] };
    const end = h2[3] ?? lines.length;
    const description = lines.slice(start + 1, end).join('\n').trim();
    return { entries: [entry(slug.split('/').pop(), title, start + 2, description)], notes: [] };
  };
}
