/**
 * The register's index page: every entry on one line, A–Z by its headword in the reader's language,
 * with a short gloss.
 */
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Language } from '../content/model';
import type { GlossaryEntry } from '../content/schema';

/** The register groups people and places first: what a reader of these texts looks up most. */
export const registerKindOrder = ['person', 'place', 'organisation', 'company', 'event', 'term', 'currency', 'publication'] as const satisfies readonly GlossaryEntry['kind'][];

/** Longest short gloss, in characters: about one line of the index on a wide screen. */
export const shortGlossLength = 140;

const markdownParser = unified().use(remarkParse);

/**
 * The first sentence of a gloss as plain text (Intl.Segmenter's sentence breaks), cut at a word with
 * “…” when longer than `maxLength`.
 */
export function shortGloss(markdown: string, lang: Language, maxLength = shortGlossLength): string {
  const text = toString(markdownParser.parse(markdown)).replace(/\s+/g, ' ').trim();
  const segments = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((segment) => segment.segment);
  let sentence = segments.shift() ?? text;
  // The segmenter breaks after a German ordinal (“am 16. Dezember”) or a lowercase abbreviation (“geb.”).
  while (segments.length > 0 && /(?:(?<!\d)\d{1,2}|\b\p{Ll}{1,4})\.\s*$/u.test(sentence)) sentence += segments.shift() ?? '';
  sentence = sentence.trim();
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength / 2)).replace(/[\s,;:–-]+$/, '')} …`;
}

/** The index letter of a headword: its first letter without diacritics (Ö under O, as in German dictionaries); `#` for anything else. */
export function indexLetter(headword: string): string {
  const letter = headword.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(letter) ? letter : '#';
}

export interface LetterGroup {
  letter: string;
  entries: GlossaryEntry[];
}

/** Every entry A–Z by its headword in `locale`, grouped by index letter. */
export function entriesByLetter(glossary: readonly GlossaryEntry[], locale: Language): LetterGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sorted = [...glossary].sort((a, b) => collator.compare(a.headword[locale], b.headword[locale]));
  const groups: LetterGroup[] = [];
  for (const entry of sorted) {
    const letter = indexLetter(entry.headword[locale]);
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}
