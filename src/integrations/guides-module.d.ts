/** What `virtual:errcat/guides` exports; src/integrations/guides.ts makes it. */
declare module 'virtual:errcat/guides' {
  /** A guide: content/<locale>/<slug>.mdx. */
  export interface Guide {
    /** `<locale>/<slug>`. */
    id: string;
    locale: string;
    slug: string;
    /** Its front matter, validated. */
    data: import('../catalog/guide.ts').GuideFrontmatter;
    /** Its MDX without the front matter. */
    body: string;
    /** Imports its MDX module, whose default export renders it. */
    load(): Promise<{ default: import('astro/runtime/server/index.js').AstroComponentFactory }>;
  }
  export const guides: Guide[];
}
