import type { APIRoute } from 'astro';
import { catalog, providers } from '../../../../site/data.ts';
import { EXPORT_VERSION, exportCode } from '../../../../site/export.ts';

export function getStaticPaths() {
  return providers().flatMap((p) => p.codes.map((c) => ({ params: { provider: p.id, code: c.code }, props: { provider: p, code: c } })));
}

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify({ version: EXPORT_VERSION, code: exportCode(catalog(), props.provider, props.code) }, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
