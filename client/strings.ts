import { languages, type Language } from '@/contract/languages';
import { readerStringsConstant, type ReaderStrings, type ReaderStringsByLanguage } from '@/contract/reader-strings';

// Replaced by esbuild with every interface language's strings (scripts/bundle-client.ts).
declare const EDITION_READER_STRINGS: ReaderStringsByLanguage;

/** The page's interface language (`<html lang>`; else the edition's first). */
export function pageLanguage(): Language {
  const lang = document.documentElement.lang;
  return (languages as readonly string[]).includes(lang) ? (lang as Language) : languages[0];
}

/** The reader's interface strings in the page's interface language. */
export function readerStrings(): ReaderStrings {
  if (typeof EDITION_READER_STRINGS === 'undefined') throw new Error(`${readerStringsConstant} was not compiled into the script (scripts/bundle-client.ts)`);
  return EDITION_READER_STRINGS[pageLanguage()];
}
