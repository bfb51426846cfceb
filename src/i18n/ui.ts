/**
 * UI strings through i18next: one JSON file per locale beside this file
 * (flat dotted keys, `keySeparator: false`), picked up by file name, so a new
 * language needs its site.yaml entry and its JSON file, no code.
 */
import i18next, { type TFunction } from 'i18next';

const files = import.meta.glob<Record<string, string>>('./*.json', { eager: true, import: 'default' });

const resources = Object.fromEntries(
  Object.entries(files).map(([file, strings]) => [file.replace(/^\.\/(.*)\.json$/, '$1'), { translation: strings }]),
);

const instances = new Map<string, ReturnType<typeof i18next.createInstance>>();

function ui(sourceLocale: string) {
  let instance = instances.get(sourceLocale);
  if (!instance) {
    instance = i18next.createInstance();
    instances.set(sourceLocale, instance);
    void instance.init({
      resources,
      lng: sourceLocale,
      fallbackLng: sourceLocale,
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  return instance;
}

const fixed = new Map<string, TFunction>();

/**
 * The UI strings of `locale` (i18next picks plural rules by its language
 * code); a locale without a file gets the source locale's (the site passes
 * the catalog's). A string asked for without options is looked up once:
 * every page asks for the same few dozen, and a large catalog has tens of
 * thousands of pages.
 */
export function uiStrings(locale: string, sourceLocale: string): TFunction {
  const id = `${locale}\n${sourceLocale}`;
  let t = fixed.get(id);
  if (!t) {
    const inner = ui(sourceLocale).getFixedT(locale);
    const plain = new Map<string, string>();
    t = ((key: string, options?: object) => {
      if (options !== undefined) return inner(key, options as never);
      let v = plain.get(key);
      if (v === undefined) plain.set(key, (v = inner(key) as string));
      return v;
    }) as unknown as TFunction;
    fixed.set(id, t);
  }
  return t;
}
