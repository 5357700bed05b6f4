/**
 * The edition's two languages: each text is read in German beside English, the interface speaks both,
 * search indexes both. German first: the edition's first language and the default route.
 */
export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

/** The other of the two: the column beside, the interface to switch to. */
export function otherLanguage(lang: Language): Language {
  return lang === 'de' ? 'en' : 'de';
}
