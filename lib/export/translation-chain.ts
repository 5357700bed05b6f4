/**
 * The chain of versions behind a text: the original, each earlier translation, and the edition's own
 * English. Read from what `meta.yaml` says (authors, translators, published, originalLanguage) and from
 * the edition as a whole (its editors made the English); the TEI header and the EPUB metadata both
 * record it from here.
 */
import type { Language, Text } from '../content/model';
import type { EditionMeta } from '../content/schema';
import { displayName } from '../format';

export interface ChainLink {
  role: 'original' | 'translation';
  /** ISO 639-1 code of this version. */
  lang: string;
  /** Who wrote or translated it, as display names. */
  by: string[];
  /** Translated from (for a translation): the previous link's language. */
  from?: string;
  /** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) when known. */
  date?: string;
  /** Where it appeared, when known. */
  container?: string;
  url?: string;
  /** The version made by this edition. */
  byEdition: boolean;
}

export function translationChain(text: Text, edition: EditionMeta, editionLang: Language): ChainLink[] {
  const { meta } = text;
  const publishedInOriginal = meta.published.language === meta.originalLanguage;
  const original: ChainLink = {
    role: 'original',
    lang: meta.originalLanguage,
    by: meta.authors.map(displayName),
    ...(publishedInOriginal ? { date: meta.published.date, container: meta.published.container, ...(meta.published.url ? { url: meta.published.url } : {}) } : {}),
    byEdition: false,
  };
  const chain: ChainLink[] = [original];
  const intoLanguages = [...new Set(meta.translators.map((translator) => translator.into))].filter((lang) => lang !== meta.originalLanguage);
  for (const lang of intoLanguages) {
    const previous = chain[chain.length - 1];
    chain.push({
      role: 'translation',
      lang,
      by: meta.translators.filter((translator) => translator.into === lang).map(displayName),
      ...(previous ? { from: previous.lang } : {}),
      ...(!publishedInOriginal && meta.published.language === lang ? { date: meta.published.date, container: meta.published.container } : {}),
      byEdition: false,
    });
  }
  // Every version the edition publishes that no one before it made is the edition's translation of the German.
  for (const lang of meta.languages) {
    if (chain.some((link) => link.lang === lang)) continue;
    chain.push({ role: 'translation', lang, by: [edition.editors[editionLang]], from: 'de', date: edition.published, byEdition: true });
  }
  return chain;
}
