import { defineRouting } from 'next-intl/routing';

/** German is the edition's first language; every page lives under /de or /en (no unprefixed pages). */
export const routing = defineRouting({
  locales: ['de', 'en'],
  defaultLocale: 'de',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];
