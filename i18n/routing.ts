import { defineRouting } from 'next-intl/routing';
import { languages } from '@/contract/languages';

/** German is the edition's first language; every page lives under /de or /en (no unprefixed pages). */
export const routing = defineRouting({
  locales: languages,
  defaultLocale: 'de',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];
