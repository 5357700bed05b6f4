/** Every path of the site, in one place: pages link through these, never through string literals. */
import type { Locale } from '@/i18n/routing';

export const paths = {
  root: () => '/',
  library: (locale: Locale) => `/${locale}`,
  about: (locale: Locale) => `/${locale}/about`,
  text: (locale: Locale, slug: string) => `/${locale}/texts/${slug}`,
  glossary: (locale: Locale) => `/${locale}/glossary`,
  search: (locale: Locale) => `/${locale}/search`,
  manifest: (locale: Locale) => `/manifest/${locale}.webmanifest`,
  /** The bilingual page the service worker shows for an address it has not kept (app/offline). */
  offline: () => '/offline',
  api: {
    texts: () => '/api/texts.json',
    text: (slug: string) => `/api/texts/${slug}.json`,
    glossary: () => '/api/glossary.json',
    cite: (file: string) => `/api/cite/${file}`,
  },
};
