/**
 * What an entry's own page (`/[locale]/glossary/<id>`) shows besides the entry itself: its occurrences
 * grouped by text and paragraph, and the editor's notes that mention it. Built from the register (the
 * pipeline's own term occurrences), never by searching the texts again.
 */
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Edition, Language, Text } from '../content/model';
import type { GlossaryEntry } from '../content/schema';
import { termPattern } from '../markdown/rehype-mark-terms';
import { annotateText, quoteText, type NumberedNote } from './annotate-text';
import type { Occurrence } from './register';
import { languages } from '@/contract/languages';

/** One paragraph where the entry occurs: one line of the page, however often it occurs there. */
export interface ParagraphOccurrences {
  block: string;
  /** The language whose occurrences are shown: the reader's where the paragraph has any, else the other. */
  lang: Language;
  /** Occurrences in that language. */
  count: number;
  /** Around the first of them. */
  excerpt: Occurrence['excerpt'];
}

export interface TextOccurrences {
  text: Text;
  paragraphs: ParagraphOccurrences[];
}

/** The entry's occurrences by text (in the edition's order), one line per paragraph in reading order. */
export function occurrencesByText(texts: readonly Text[], occurrences: readonly Occurrence[], locale: Language): TextOccurrences[] {
  // Grouped once by text and block: filtering every occurrence for every text and block would grow with
  // the square of the edition (an entry's occurrences grow with the number of texts).
  const byText = new Map<string, Map<string, Occurrence[]>>();
  for (const occurrence of occurrences) {
    const blocks = byText.get(occurrence.text) ?? new Map<string, Occurrence[]>();
    blocks.set(occurrence.block, [...(blocks.get(occurrence.block) ?? []), occurrence]);
    byText.set(occurrence.text, blocks);
  }
  return texts
    .map((text) => {
      const order = new Map((text.versions[0]?.blocks ?? []).map((block, index) => [block.id, index]));
      const inText = byText.get(text.slug) ?? new Map<string, Occurrence[]>();
      const blocks = [...inText.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      const paragraphs = blocks.map((block): ParagraphOccurrences => {
        const here = inText.get(block) ?? [];
        const lang = here.some((occurrence) => occurrence.lang === locale) ? locale : (here[0]?.lang ?? locale);
        const shown = here.filter((occurrence) => occurrence.lang === lang);
        return { block, lang, count: shown.length, excerpt: shown[0]?.excerpt ?? { before: '', match: '', after: '' } };
      });
      return { text, paragraphs };
    })
    .filter((group) => group.paragraphs.length > 0);
}

export interface MentioningNote {
  text: Text;
  note: NumberedNote;
}

const markdownParser = unified().use(remarkParse);

function plainText(markdown: string): string {
  return toString(markdownParser.parse(markdown));
}

const cache = new WeakMap<Edition, Map<string, MentioningNote[]>>();

/**
 * The editor's notes that mention each entry, by entry id: in either language, the note's quote (the
 * words it is anchored to) or its body contains one of the entry's forms in that language, matched as
 * the term marking matches them (whole words, case-sensitive). In reading order, texts in the
 * edition's order.
 */
export function notesByEntry(edition: Edition): Map<string, MentioningNote[]> {
  const cached = cache.get(edition);
  if (cached) return cached;
  const notes = edition.texts.flatMap((text) =>
    annotateText(text, edition.glossary).notes.map((note) => ({
      text,
      note,
      words: { de: `${quoteText(note.quote.de)}\n${plainText(note.body.de)}`, en: `${quoteText(note.quote.en)}\n${plainText(note.body.en)}` },
    })),
  );
  const byEntry = new Map<string, MentioningNote[]>();
  for (const entry of edition.glossary) {
    const patterns = languages.flatMap((lang) => {
      const pattern = termPattern(entry.forms[lang].map((form) => ({ form, entry: entry.id })));
      return pattern ? [{ lang, pattern: new RegExp(pattern.source, 'u') }] : [];
    });
    byEntry.set(
      entry.id,
      notes.filter((candidate) => patterns.some(({ lang, pattern }) => pattern.test(candidate.words[lang]))).map(({ text, note }) => ({ text, note })),
    );
  }
  cache.set(edition, byEntry);
  return byEntry;
}

export function notesMentioning(edition: Edition, entry: GlossaryEntry): MentioningNote[] {
  return notesByEntry(edition).get(entry.id) ?? [];
}
