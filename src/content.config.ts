/** Guides: MDX pages per locale in content/<locale>/<slug>.mdx. */
// From its own module: 'astro:content' would make every build load Astro's content runtime (about 60 modules, through Vite) to read this file.
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CONTENT_DIR } from './site/guides.ts';

const guides = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: CONTENT_DIR }),
  schema: z.strictObject({
    /** The guide's title. */
    title: z.string(),
    /** One sentence for the page's description. */
    description: z.string(),
  }),
});

export const collections = { guides };
