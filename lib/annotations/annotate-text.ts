/**
 * Runs a text's versions through the whole pipeline — sanitise, external links, editor's notes,
 * glossary terms — and collects what the pages, the register, the JSON and the checks need.
 */
import type { Element, Root } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Language, Located, Text, Version } from '../content/model';
import { error, type Problem } from '../content/problems';
import type { GlossaryEntry, MarkPolicy, Note, Quote } from '../content/schema';
import { blocksToHast } from '../markdown/blocks-to-hast';
import { rehypeMarkNotes, type NoteAnchor } from '../markdown/rehype-mark-notes';
import { rehypeMarkTerms, type TermForm, type TermOccurrence } from '../markdown/rehype-mark-terms';
import { externalLinkOptions, sourceSanitizeSchema } from '../markdown/sanitize-schema';


export interface AnnotatedVersion {
  version: Version;
  /** Each block as a hast element with its notes and terms marked, by block id. */
  elements: Map<string, Element>;
  terms: TermOccurrence[];
}

export interface NumberedNote extends Located<Note> {
  number: number;
}

export interface AnnotatedText {
  text: Text;
  versions: AnnotatedVersion[];
  /** The text's notes in reading order, numbered 1… (the same number in every language). */
  notes: NumberedNote[];
  /** Ids of the glossary entries that occur in the text. */
  entries: Set<string>;
  problems: Problem[];
}

export function quoteText(quote: Quote): string {
  return typeof quote === 'string' ? quote : quote.text;
}

function quoteOccurrence(quote: Quote): number | undefined {
  return typeof quote === 'string' ? undefined : quote.occurrence;
}

/** Forms of every glossary entry in one language, for the term matcher. */
export function termForms(glossary: readonly GlossaryEntry[], lang: Language): TermForm[] {
  return glossary.flatMap((entry) => entry.forms[lang].map((form) => ({ form, entry: entry.id })));
}

/** Notes in reading order: by block, then by where the German quote starts in the German block. */
function numberNotes(text: Text): NumberedNote[] {
  const german = text.versions[0];
  const order = new Map((german?.blocks ?? []).map((block, index) => [block.id, index]));
  const position = (note: Note): number => {
    const block = german?.blocks.find((candidate) => candidate.id === note.block);
    if (!block) return 0;
    const quote = quoteText(note.quote.de);
    let index = -1;
    for (let seen = 0; seen < (quoteOccurrence(note.quote.de) ?? 1); seen += 1) index = block.text.indexOf(quote, index + 1);
    return index;
  };
  return [...text.notes]
    .sort((a, b) => (order.get(a.block) ?? 0) - (order.get(b.block) ?? 0) || position(a) - position(b))
    .map((note, index) => ({ ...note, number: index + 1 }));
}

function annotateVersion(text: Text, version: Version, notes: readonly NumberedNote[], forms: readonly TermForm[], policies: ReadonlyMap<string, MarkPolicy>): { annotated: AnnotatedVersion; problems: Problem[] } {
  const notesFile = text.files.notes ?? `annotations/notes/${text.slug}.yaml`;
  const anchors: NoteAnchor[] = notes.map((note) => {
    const quote = note.quote[version.lang];
    const occurrence = quoteOccurrence(quote);
    return { id: note.id, block: note.block, quote: quoteText(quote), ...(occurrence ? { occurrence } : {}), number: note.number, origin: { file: notesFile, ...(note.line ? { line: note.line } : {}) } };
  });
  const processor = unified()
    .use(rehypeSanitize, sourceSanitizeSchema)
    .use(rehypeExternalLinks, externalLinkOptions)
    .use(rehypeMarkNotes, { notes: anchors })
    .use(rehypeMarkTerms, { forms, policies });
  const file = new VFile({ path: version.file });
  const tree = processor.runSync(blocksToHast(version.blocks), file) as Root;
  const elements = new Map<string, Element>();
  for (const node of tree.children) {
    if (node.type === 'element' && typeof node.properties.dataBlock === 'string') elements.set(node.properties.dataBlock, node);
  }
  const problems = file.messages.map((message) =>
    error(message.file || version.file, message.line ?? undefined, `${message.reason} (${version.lang})`, message.note ?? 'see README.md, “Annotations”'),
  );
  return { annotated: { version, elements, terms: file.data.termOccurrences ?? [] }, problems };
}

const cache = new WeakMap<Text, AnnotatedText>();
let computed = 0;

/**
 * How many texts this process has annotated (not taken from the cache): the trace that proves a build
 * annotates once (lib/pipeline/annotated-edition-file.ts) and what its test pins.
 */
export function textsAnnotated(): number {
  return computed;
}

/** Makes `annotateText(text, …)` answer `annotated` without running the pipeline: a stored result. */
export function rememberAnnotation(annotated: AnnotatedText): void {
  cache.set(annotated.text, annotated);
}

export function annotateText(text: Text, glossary: readonly GlossaryEntry[]): AnnotatedText {
  const cached = cache.get(text);
  if (cached) return cached;
  computed += 1;
  const notes = numberNotes(text);
  const policies = new Map(glossary.map((entry) => [entry.id, entry.mark]));
  const results = text.versions.map((version) => annotateVersion(text, version, notes, termForms(glossary, version.lang), policies));
  const annotated: AnnotatedText = {
    text,
    versions: results.map((result) => result.annotated),
    notes,
    entries: new Set(results.flatMap((result) => result.annotated.terms.map((term) => term.entry))),
    problems: results.flatMap((result) => result.problems),
  };
  cache.set(text, annotated);
  return annotated;
}
