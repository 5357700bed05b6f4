/**
 * The register: for every glossary entry, every occurrence in every text and language, in reading
 * order, with a short excerpt. Built from the term marking itself (each occurrence's position as the
 * marking recorded it), so that the register, the JSON and the pages can never disagree.
 */
import type { Edition, Language } from '../content/model';
import type { GlossaryEntry } from '../content/schema';
import { annotateText } from './annotate-text';

export interface Occurrence {
  text: string;
  block: string;
  lang: Language;
  form: string;
  excerpt: { before: string; match: string; after: string };
}

const context = 45;

function excerptAt(text: string, index: number, form: string): Occurrence['excerpt'] {
  const start = Math.max(0, index - context);
  const end = Math.min(text.length, index + form.length + context);
  const before = text.slice(start, index).replace(/^\S*\s/, start > 0 ? '' : '$&');
  const after = text.slice(index + form.length, end).replace(/\s\S*$/, end < text.length ? '' : '$&');
  return { before: `${start > 0 ? '…' : ''}${before}`, match: form, after: `${after}${end < text.length ? '…' : ''}` };
}

const cache = new WeakMap<Edition, Map<string, Occurrence[]>>();

export function registerOf(edition: Edition): Map<string, Occurrence[]> {
  const cached = cache.get(edition);
  if (cached) return cached;
  const register = new Map<string, Occurrence[]>(edition.glossary.map((entry) => [entry.id, []]));
  for (const text of edition.texts) {
    const annotated = annotateText(text, edition.glossary);
    for (const { version, terms } of annotated.versions) {
      const blocks = new Map(version.blocks.map((block) => [block.id, block.text]));
      for (const term of terms) {
        register.get(term.entry)?.push({
          text: text.slug,
          block: term.block,
          lang: version.lang,
          form: term.form,
          excerpt: excerptAt(blocks.get(term.block) ?? '', term.start, term.form),
        });
      }
    }
  }
  cache.set(edition, register);
  return register;
}

/** Entries grouped by kind and sorted by their headword in the reader's language. */
export function entriesByKind(glossary: readonly GlossaryEntry[], locale: Language, kinds: readonly GlossaryEntry['kind'][]): { kind: GlossaryEntry['kind']; entries: GlossaryEntry[] }[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return kinds
    .map((kind) => ({ kind, entries: glossary.filter((entry) => entry.kind === kind).sort((a, b) => collator.compare(a.headword[locale], b.headword[locale])) }))
    .filter((group) => group.entries.length > 0);
}
