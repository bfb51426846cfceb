/** The site's guides: the content folder beside ERRCAT_CATALOG (src/catalog/content.ts says where). */
import { contentDir, guideSlugs as slugsIn } from '../catalog/content.ts';

export const CONTENT_DIR = contentDir(process.env.ERRCAT_CATALOG ?? 'catalog');

/** The guides' slugs, of the site's content folder unless told another. */
export const guideSlugs = (dir = CONTENT_DIR): string[] => slugsIn(dir);
