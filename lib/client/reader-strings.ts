import type { ReaderStrings, ReaderStringsByLanguage } from '@/contract/reader-strings';
import { languages } from '@/contract/languages';
import de from '@/messages/de.json';
import en from '@/messages/en.json';

type Messages = typeof de;

/**
 * The reader script's strings in one interface language, read from its messages file as written
 * (templates keep their `{placeholders}`; none of these strings uses ICU syntax beyond them).
 */
export function readerStrings(messages: Messages): ReaderStrings {
  const { Reader: reader, Cite: cite, Languages: names, Annotations: annotations } = messages;
  return {
    reveal: reader.reveal,
    conceal: reader.conceal,
    range: reader.range,
    missing: reader.missing,
    redirected: reader.redirected,
    statusClose: reader.statusClose,
    theme: reader.theme,
    themes: reader.themes,
    languages: Object.fromEntries(languages.map((lang) => [lang, names[lang]])) as ReaderStrings['languages'],
    shortcuts: `${reader.viewShortcut} ${reader.paragraphShortcut}`,
    panel: {
      title: reader.panel,
      cite: reader.panelCite,
      none: reader.panelNone,
      note: annotations.note,
      names: reader.panelNames,
      notes: reader.panelNotes,
      mine: reader.panelMine,
      register: reader.panelRegister,
    },
    cite: { whole: cite.whole, block: cite.block, copied: cite.copied, copy: cite.copy, extend: cite.extend, hint: cite.hint },
  };
}

const messagesByLanguage: Record<(typeof languages)[number], Messages> = { de, en };

/** Every interface language's strings: what scripts/bundle-client.ts compiles into the script. */
export function readerStringsByLanguage(): ReaderStringsByLanguage {
  return Object.fromEntries(languages.map((lang) => [lang, readerStrings(messagesByLanguage[lang])])) as ReaderStringsByLanguage;
}
