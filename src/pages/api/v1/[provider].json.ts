import type { APIRoute } from 'astro';
import { catalog, providers } from '../../../site/data.ts';
import { exportProvider } from '../../../site/export.ts';

export function getStaticPaths() {
  return providers().map((p) => ({ params: { provider: p.id }, props: { provider: p } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(exportProvider(catalog(), props.provider), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
