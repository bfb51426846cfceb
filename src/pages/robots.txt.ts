import type { APIRoute } from 'astro';
import { catalog } from '../site/data.ts';

export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', catalog().site.url).href}\n`);
