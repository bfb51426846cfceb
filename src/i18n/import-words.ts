/**
 * The few sentences `errcat import` writes into a new catalog folder
 * (provider.yaml's summary, site.yaml's name and tagline), one JSON file per
 * language in `import/`, picked up by file name. A locale without a file
 * gets its language's, else English. Read from disk, not bundled: only the
 * command line uses them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';

const DIR = new URL('./import/', import.meta.url);

let instance: ReturnType<typeof i18next.createInstance> | undefined;

function words() {
  if (!instance) {
    const resources = Object.fromEntries(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f.slice(0, -'.json'.length), { translation: JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Record<string, string> }]),
    );
    instance = i18next.createInstance();
    void instance.init({ resources, lng: 'en', fallbackLng: 'en', keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false }, initAsync: false });
  }
  return instance;
}

/** The import's sentences in `locale` (a catalog locale id such as "pt-br", or a BCP 47 tag). */
export function importWords(locale: string): TFunction {
  return words().getFixedT(locale);
}

/** The languages that have a file. */
export function importLanguages(): string[] {
  return Object.keys(words().options.resources ?? {}).sort();
}
