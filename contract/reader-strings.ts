/**
 * The reader script's interface strings: compiled into the script, one set per interface language
 * (scripts/bundle-client.ts from messages/ by lib/client/reader-strings.ts), so that no page carries
 * them (issue #11: a reader page weighs like its text; the script is fetched once and cached).
 * Templates keep their `{placeholders}` (client/template.ts fills them).
 */
import type { Theme } from './reader';
import type { Language } from './languages';

export interface ReaderStrings {
  /** On a phone, a one-language row's button: “{language} zeigen” / “… ausblenden”. */
  reveal: string;
  conceal: string;
  /** Where a deep link landed (the status region and the toast). */
  range: string;
  missing: string;
  redirected: string;
  statusClose: string;
  theme: string;
  themes: Record<Theme, string>;
  languages: Record<Language, string>;
  /** What the view switch's radios are described by: the keyboard shortcuts, which exist only with the script. */
  shortcuts: string;
  /** The ¶ panel (client/panel.ts). */
  panel: { title: string; cite: string; none: string; note: string; names: string; notes: string; mine: string; register: string };
  /** The cite box (client/cite.ts). */
  cite: { whole: string; block: string; copied: string; copy: string; extend: string; hint: string };
}

/**
 * The name esbuild replaces with the strings of every interface language (its `define`); the script
 * reads them through client/strings.ts only.
 */
export const readerStringsConstant = 'EDITION_READER_STRINGS';

export type ReaderStringsByLanguage = Record<Language, ReaderStrings>;
