import type { APIRoute } from 'astro';
import { catalog, providers } from '../../../../site/data.ts';
import { EXPORT_VERSION, exportCode } from '../../../../site/export.ts';

export function getStaticPaths() {
  // Aliases too: a program that received an alias reads the same data.
  return providers().flatMap((p) => p.codes.flatMap((c) => [c.code, ...c.aliases].map((name) => ({ params: { provider: p.id, code: name }, props: { provider: p, code: c } }))));
}

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify({ version: EXPORT_VERSION, code: exportCode(catalog(), props.provider, props.code) }, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
