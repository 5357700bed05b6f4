/**
 * The reader's annotations file of one reader page (`/reader/<slug>.<locale>.json`, see
 * lib/client/reader-annotations.ts): every gloss and note body the page's popovers show, the names of
 * each ¶ for its panel, the forms for “Mark every name”, the citation templates of the cited version.
 * The page itself carries none of it.
 */
import type { CiteTemplates } from '@/contract/cite-tokens';
import type { Locale } from '@/i18n/routing';
import type { AnnotatedText } from '../annotations/annotate-text';
import type { GlossaryEntry, Note } from '../content/schema';
import type { NoteAnnotation, ReaderAnnotations, TermAnnotation } from '../client/reader-annotations';
import { proseToHast } from '../markdown/prose-to-hast';
import { entryHref } from '../routes';
import { compactHast } from './compact-hast';
import { noteSourcesHast, type NoteSourcesLabels } from './note-sources';

type Language = 'de' | 'en';

export interface ReaderAnnotationsLabels {
  /** An entry's kind (`place`) in each language. */
  kind: (lang: Language, kind: GlossaryEntry['kind']) => string;
  /** “Note 12 · Correction” in each language. */
  note: (lang: Language, number: number, kind: Note['kind']) => string;
  sources: NoteSourcesLabels;
  messages: ReaderAnnotations['messages'];
}

/** The glossary entries each block names, in either language, in reading order. */
export function namesByBlock(annotated: AnnotatedText): Record<string, string[]> {
  const names: Record<string, string[]> = {};
  for (const { terms } of annotated.versions) {
    for (const { block, entry } of terms) {
      const list = (names[block] ??= []);
      if (!list.includes(entry)) list.push(entry);
    }
  }
  return names;
}

export function readerAnnotations(
  annotated: AnnotatedText,
  glossary: readonly GlossaryEntry[],
  locale: Locale,
  labels: ReaderAnnotationsLabels,
  cite?: CiteTemplates,
): ReaderAnnotations {
  const prose = (markdown: string) => compactHast(proseToHast(markdown, locale));
  const entries = glossary.filter((entry) => annotated.entries.has(entry.id));
  const terms = Object.fromEntries(
    entries.map((entry): [string, TermAnnotation] => [
      entry.id,
      {
        href: entryHref(locale, entry.id),
        headword: entry.headword,
        gloss: { de: prose(entry.gloss.de), en: prose(entry.gloss.en) },
        label: { de: labels.kind('de', entry.kind), en: labels.kind('en', entry.kind) },
      },
    ]),
  );
  const notes = Object.fromEntries(
    annotated.notes.map((note): [string, NoteAnnotation] => {
      const sources = noteSourcesHast(note, locale, labels.sources);
      return [
        note.id,
        {
          number: note.number,
          block: note.block,
          body: { de: prose(note.body.de), en: prose(note.body.en) },
          label: { de: labels.note('de', note.number, note.kind), en: labels.note('en', note.number, note.kind) },
          ...(sources ? { sources: { nodes: compactHast(sources), label: labels.sources.sources } } : {}),
        },
      ];
    }),
  );
  return {
    terms,
    notes,
    names: namesByBlock(annotated),
    forms: Object.fromEntries(entries.flatMap((entry) => [...entry.forms.de, ...entry.forms.en].map((form) => [form, entry.id]))),
    ...(cite ? { cite } : {}),
    messages: labels.messages,
  };
}
