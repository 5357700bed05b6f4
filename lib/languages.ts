import type messages from '@/messages/de.json';

/** A language the interface can name (a key of `Languages` in messages/). */
export type LanguageCode = keyof (typeof messages)['Languages'];

export const languageCodes = ['de', 'en', 'ru'] as const satisfies readonly LanguageCode[];

/**
 * Narrows a language code from the sources to one the interface can name. `npm run check` has
 * already refused codes without a `Languages.<code>` message, so this only fails on a broken build.
 */
export function languageCode(code: string): LanguageCode {
  if ((languageCodes as readonly string[]).includes(code)) return code as LanguageCode;
  throw new Error(`No interface name for the language “${code}”: add Languages.${code} to messages/*.json`);
}

/** The edition's two reading languages (contract/languages.ts): each text is read in German beside English. */
export type { Language as ReadingLanguage } from '@/contract/languages';
export { otherLanguage } from '@/contract/languages';
