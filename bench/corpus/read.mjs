/**
 * Page readers for the corpus pages that are not Docusaurus "heading + code
 * line" pages, in the shape `errcat import` takes (src/import/entry.ts): one
 * entry per error, its description as written. The import then builds the
 * catalog exactly as `errcat import docusaurus` does.
 *
 *  - table: rows of GFM pipe tables under the `##` sections named in
 *    projects.yaml; columns say which cell is the code, the display name and
 *    which cells make the description (their order in the description).
 *  - mdn: one MDN error page: the code is the last segment of the slug, the
 *    name is the title, the description the third `##` section ("What went
 *    wrong?" in every locale; the sections keep their order across locales).
 *
 * Codes that do not start with a letter (TDengine's 0x8000000B) get an E in
 * front, since catalog codes start with a letter.
 */

/** A code as the catalog accepts it. */
function codeId(raw) {
  const code = raw.replace(/`/g, '').trim();
  return /^[A-Za-z]/.test(code) ? code : `E${code}`;
}

function entry(code, name, line, description) {
  return { code: codeId(code), aliases: [], name, line, codeLine: line, descriptionLine: line, label: '', description };
}

/** The cells of one table row: leading and trailing pipes optional. */
function cells(line) {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** A reader of table rows, for one project's columns and sections. */
export function tableReader({ columns, sections }) {
  const wanted = new Set(sections.map((s) => s.toLowerCase()));
  const described = ['summary', 'cause', 'action'].filter((k) => columns[k] !== undefined);
  return (text) => {
    const entries = [];
    const lines = text.split(/\r?\n/);
    let section = '';
    let inTable = false;
    lines.forEach((line, i) => {
      const heading = /^##\s+(.*?)\s*(\{#[^}]*\})?\s*$/.exec(line);
      if (heading) {
        section = heading[1].toLowerCase();
        inTable = false;
        return;
      }
      if (!wanted.has(section) || !line.includes('|')) {
        inTable = false;
        return;
      }
      if (/^\s*\|?\s*:?-{3,}/.test(line)) {
        inTable = true;
        return;
      }
      if (!inTable) return;
      const row = cells(line);
      const code = row[columns.code];
      if (!code) return;
      const description = described.map((k) => row[columns[k]]).filter(Boolean).join('\n\n');
      entries.push(entry(code, columns.name !== undefined ? row[columns.name] : code, i + 1, description));
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
