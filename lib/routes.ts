/** Every path of the site, in one place: pages link through these, never through string literals. */
import type { Locale } from '@/i18n/routing';

export const paths = {
  root: () => '/',
  library: (locale: Locale) => `/${locale}`,
  about: (locale: Locale) => `/${locale}/about`,
  text: (locale: Locale, slug: string) => `/${locale}/texts/${slug}`,
  glossary: (locale: Locale) => `/${locale}/glossary`,
  search: (locale: Locale) => `/${locale}/search`,
  api: {
    texts: () => '/api/texts.json',
    text: (slug: string) => `/api/texts/${slug}.json`,
    glossary: () => '/api/glossary.json',
    cite: (file: string) => `/api/cite/${file}`,
  },
};

/** The register page of one glossary entry. */
export function entryHref(locale: string, id: string): string {
  return `/${locale}/glossary/${id}`;
}
