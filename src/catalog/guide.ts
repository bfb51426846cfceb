/**
 * A guide's front matter: its schema, and its reading into `schema` findings
 * at file:line:col. The values are read as the MDX renderer reads them
 * (js-yaml's default schema, on the text between the first two --- lines),
 * so a guide that passes here renders with the same title and description.
 */
import jsYaml from 'js-yaml';
import { z } from 'zod';
import type { Finding } from './finding.ts';
import { ParsedFile } from './yaml-file.ts';
import { validate } from './validate.ts';

export const GuideFrontmatterSchema = z.strictObject({
  /** The guide's title: the page's <title>, its heading and its breadcrumb. */
  title: z.string(),
  /** One sentence for the page's description. */
  description: z.string(),
});
export type GuideFrontmatter = z.output<typeof GuideFrontmatterSchema>;

/** A guide's file name is its page's address: lower-case Latin letters, digits and hyphens. */
export const GUIDE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The finding for a guide whose file name (`slug`) is no address. */
export function guideNameFinding(file: string, locale: string, slug: string): Finding {
  const better = slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    check: 'schema', severity: 'error', file, line: 1, column: 1, locales: [locale],
    message: `The guide's file name "${slug}" is its page's address (/${locale}/guides/${slug}/), which takes lower-case letters, digits and hyphens only.`,
    hint: better ? `Rename the file to ${better}.mdx, in every locale.` : 'Rename the file with lower-case Latin letters, digits and hyphens, in every locale.',
  };
}

// Where the MDX renderer finds front matter (Astro's parseFrontmatter): at the top, after blank lines at most.
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** The guide's text without its front matter, as the MDX renderer gives it. */
export function guideBody(source: string): string {
  const found = FRONT_MATTER.exec(source);
  return found ? source.replace(found[0].slice(found[0].indexOf(found[1]!)), '') : source;
}

const EXAMPLE = 'Start the guide with its front matter:\n---\ntitle: The guide\'s title\ndescription: One sentence about it.\n---';

/** The guide's front matter, validated; undefined, with findings, when it is missing or wrong. */
export function guideFrontmatter(file: string, source: string, findings: Finding[]): GuideFrontmatter | undefined {
  const found = FRONT_MATTER.exec(source);
  const at = { file, line: 1, column: 1 };
  if (!found) {
    findings.push({ check: 'schema', severity: 'error', ...at, locales: [], message: `${file} has no front matter, so its page would have no title.`, hint: EXAMPLE });
    return undefined;
  }
  if (found[1] === '+++') {
    findings.push({ check: 'schema', severity: 'error', ...at, locales: [], message: `${file} has TOML front matter (+++); guides use YAML.`, hint: EXAMPLE });
    return undefined;
  }
  // The YAML at its own lines: what comes before it is blanked, so positions are the guide's.
  const start = found.index + found[0].indexOf(found[1]!) + 3;
  const yamlText = source.slice(0, start).replace(/[^\r\n]/g, ' ') + found[2]!;
  let data: unknown;
  try {
    data = jsYaml.load(yamlText);
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? (e as Error).message;
    findings.push({ check: 'schema', severity: 'error', file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, locales: [], message: `The front matter of ${file} is not valid YAML: ${reason}.`, hint: 'Quote a title or description that holds a colon followed by a space, or starts with a quote, [ or {.' });
    return undefined;
  }
  return validate(new ParsedFile(file, yamlText, { data: data ?? {} }), [], GuideFrontmatterSchema, findings, {});
}
