/** Every path of the site, in one place: pages link through these, never through string literals. */
import type { Locale } from '@/i18n/routing';

export const paths = {
  root: () => '/',
  library: (locale: Locale) => `/${locale}`,
  about: (locale: Locale) => `/${locale}/about`,
  text: (locale: Locale, slug: string) => `/${locale}/texts/${slug}`,
  glossary: (locale: Locale) => `/${locale}/glossary`,
  sources: (locale: Locale) => `/${locale}/sources`,
  search: (locale: Locale) => `/${locale}/search`,
  myAnnotations: (locale: Locale) => `/${locale}/my-annotations`,
  api: {
    texts: () => '/api/texts.json',
    text: (slug: string) => `/api/texts/${slug}.json`,
    glossary: () => '/api/glossary.json',
    sources: () => '/api/sources.json',
    cite: (file: string) => `/api/cite/${file}`,
  },
};

/** The register page of one glossary entry. */
export function entryHref(locale: string, id: string): string {
  return `/${locale}/glossary/${id}`;
}
