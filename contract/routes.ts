/** Every path of the site, in one place: pages link through these, never through string literals. */
import { languages, type Language, type Language as Locale } from './languages';

export const paths = {
  root: () => '/',
  library: (locale: Locale) => `/${locale}`,
  about: (locale: Locale) => `/${locale}/about`,
  /** A text's section of the about page: its source, what was left out and what the edition did to it. */
  aboutText: (locale: Locale, slug: string) => `/${locale}/about#${aboutTextId(slug)}`,
  text: (locale: Locale, slug: string) => `/${locale}/texts/${slug}`,
  glossary: (locale: Locale) => `/${locale}/glossary`,
  sources: (locale: Locale) => `/${locale}/sources`,
  /** The same function as `entryHref`, for modules that link through `paths`. */
  entry: entryHref,
  search: (locale: Locale) => `/${locale}/search`,
  myAnnotations: (locale: Locale) => `/${locale}/my-annotations`,
  /** The register index's filter box (client/register-filter.ts, bundled by scripts/postbuild.ts). */
  registerFilterScript: () => '/register/filter.js',
  manifest: (locale: Locale) => `/manifest/${locale}.webmanifest`,
  /** The bilingual page the service worker shows for an address it has not kept (app/offline). */
  offline: () => '/offline',
  api: {
    texts: () => '/api/texts.json',
    text: (slug: string) => `/api/texts/${slug}.json`,
    glossary: () => '/api/glossary.json',
    sources: () => '/api/sources.json',
    cite: (file: string) => `/api/cite/${file}`,
  },
};

/** The id of a text's section on the about page. */
export function aboutTextId(slug: string): string {
  return `about-${slug}`;
}

/** The register page of one glossary entry. */
export function entryHref(locale: string, id: string): string {
  return `/${locale}/glossary/${id}`;
}

/** The entry a register link names (`/<locale>/glossary/<id>` → `<id>`): a marked term says which entry it is by its link alone. */
export function entryOfHref(href: string): string | undefined {
  return /\/glossary\/([^/?#]+)$/.exec(href)?.[1];
}

/** A page's address in each of the edition's languages: the language switch and the hreflang links. */
export function inEveryLanguage(path: (lang: Language) => string): Record<Language, string> {
  return Object.fromEntries(languages.map((lang) => [lang, path(lang)])) as Record<Language, string>;
}
