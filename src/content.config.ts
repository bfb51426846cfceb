/** Guides: MDX pages per locale in content/<locale>/<slug>.mdx. */
import { defineCollection } from 'astro:content';
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
