import type { APIRoute } from 'astro';
import { catalog } from '../../../site/data.ts';
import { exportSchema } from '../../../site/export.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(exportSchema(catalog().site.url), null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
