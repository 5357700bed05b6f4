/**
 * The chain of versions behind a text: the original, each earlier translation, and the edition's own
 * English. Read from `meta.yaml` (`published` is the original, `translations` the steps) through
 * lib/citation/chain.ts, which the citations use too; the TEI header and the EPUB metadata record it
 * from here.
 */
import type { Language, Text } from '../content/model';
import type { EditionMeta } from '../content/schema';
import { chain } from '../citation/chain';
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
  const { published } = text.meta;
  const original: ChainLink = {
    role: 'original',
    lang: published.language,
    by: text.meta.authors.map(displayName),
    date: published.date,
    container: published.container,
    ...(published.url ? { url: published.url } : {}),
    byEdition: false,
  };
  // The steps as the citations resolve them (lib/citation/chain.ts): the exports credit the same people.
  const steps = chain(text, edition, editionLang).map((step): ChainLink => ({
    role: 'translation',
    lang: step.into,
    from: step.from,
    by: step.translators.map(displayName),
    ...(step.date ? { date: step.date } : {}),
    ...(step.publishedIn ? { container: step.publishedIn } : {}),
    ...(step.url ? { url: step.url } : {}),
    byEdition: step.byEdition,
  }));
  return [original, ...steps];
}
