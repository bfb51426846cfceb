/**
 * openapi: the catalog against the API's own OpenAPI document. A code the
 * API can return that the provider does not document is an error (at the
 * spec's line); a documented code the spec never returns is a warning
 * (deprecated codes excepted); an HTTP status the spec does not give the
 * code is an error (at the code's `http`). Run by `errcat check --openapi`
 * and, for the specs site.yaml names under `openapi`, by every check and
 * build.
 */
import path from 'node:path';
import type { Catalog, LoadedCode } from '../catalog/load.ts';
import { readOpenapi, type Spec } from '../catalog/openapi.ts';
import { codeFinding } from './check.ts';
import type { Finding } from './finding.ts';

export const ID = 'openapi';

/** The findings for one provider against one spec. */
export function openapiFindings(catalog: Catalog, providerId: string, spec: Spec): Finding[] {
  const provider = catalog.providers.find((p) => p.id === providerId);
  if (!provider) {
    return [
      {
        check: ID,
        severity: 'error',
        ...catalog.site.at(['openapi', providerId]),
        provider: providerId,
        locales: [],
        message: `site.yaml names an OpenAPI document for ${providerId}, which is not a provider of the catalog.`,
        hint: `Name one of ${catalog.providers.map((p) => p.id).join(', ')}, or remove the entry.`,
      },
    ];
  }
  const findings: Finding[] = [];
  const byName = new Map<string, LoadedCode>();
  for (const c of provider.codes) for (const name of [c.code, ...c.aliases]) if (!byName.has(name)) byName.set(name, c);
  const returned = new Set<LoadedCode>();
  for (const s of spec.codes) {
    const code = byName.get(s.code);
    if (!code) {
      findings.push({
        check: ID,
        severity: 'error',
        file: s.file,
        line: s.line,
        column: s.column,
        provider: providerId,
        code: s.code,
        locales: [],
        message: `${s.code}: the API can return this code (${s.operations.join(', ')}${s.statuses.length ? `, HTTP ${s.statuses.join(' or ')}` : ''}), and ${providerId} does not document it.`,
        hint: `Add it to ${provider.errorsFile} (npx errcat import openapi --provider ${providerId} ${spec.file} adds what the spec says), or as an alias of the code it names.`,
      });
      continue;
    }
    returned.add(code);
    if (s.statuses.length && !s.statuses.includes(code.http)) {
      findings.push(
        codeFinding(ID, code, {
          severity: 'error',
          at: ['http'],
          message: `the catalog says HTTP ${code.http}; the API returns ${s.code} with ${s.statuses.join(' or ')} (${s.file}:${s.line}).`,
          hint: 'Correct the status here, or the spec if the catalog is right: clients and the published page must agree with what the API sends.',
        }),
      );
    }
  }
  for (const code of provider.codes) {
    if (returned.has(code) || code.deprecated) continue;
    findings.push(
      codeFinding(ID, code, {
        severity: 'warning',
        at: ['code'],
        message: `the catalog documents it, and ${spec.file} never returns it.`,
        hint: 'Add it to the spec where the API returns it, or mark it deprecated (with a reason and a replacement) if the API no longer does.',
      }),
    );
  }
  return findings;
}

/** A spec to check a provider against; `file` as given (relative to the working folder). */
export interface SpecOf {
  provider: string;
  file: string;
}

/** The specs site.yaml names under `openapi`, as paths from the working folder. */
export function siteSpecs(catalog: Catalog): SpecOf[] {
  return Object.entries(catalog.site.openapi ?? {}).map(([provider, file]) => ({ provider, file: path.join(catalog.root, file) }));
}

/** Reads each spec and checks its provider; a spec that cannot be read throws a CatalogLoadError. */
export async function specFindings(catalog: Catalog, specs: SpecOf[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const s of specs) findings.push(...openapiFindings(catalog, s.provider, await readOpenapi(s.file)));
  return findings;
}
