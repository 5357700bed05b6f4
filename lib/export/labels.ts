/**
 * The interface strings the exports print, in one language, taken from messages/ by the build
 * (scripts/build-exports.ts) and handed to the generators, which stay free of the i18n runtime.
 */
import type { Language } from '../content/model';

export interface ExportLabels {
  lang: Language;
  /** `¶ 12` */
  paragraph: (number: string) => string;
  languageName: (code: string) => string;
  authors: string;
  translatorsInto: (lang: Language) => string;
  firstPublished: string;
  rights: string;
  editionNotes: string;
  editionCredit: (edition: string) => string;
  address: (url: string) => string;
  contents: string;
  titlePage: string;
  text: string;
  notes: string;
  note: (number: string) => string;
  backToText: (number: string) => string;
  glossary: string;
  spellings: string;
  sources: string;
  summary: string;
}
