import type { Element, ElementContent, Root } from 'hast';
import { findAndReplace, type RegExpMatchObject } from 'hast-util-find-and-replace';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { MarkPolicy } from '../content/schema';
import { termPattern } from '@/contract/term-pattern';

export { termPattern };

export interface TermForm {
  /** The exact spelling that occurs in the text. */
  form: string;
  /** The glossary entry it names. */
  entry: string;
}

export interface TermOccurrence {
  entry: string;
  block: string;
  form: string;
  /** Whether the reading text marks this occurrence (see `MarkTermsOptions.policies`). */
  marked: boolean;
  /**
   * Where the form starts in the block's text (block-text.ts; note markers' numbers not counted): the
   * register's excerpts and the Web Annotation selectors read it instead of searching again.
   */
  start: number;
}

export interface MarkTermsOptions {
  forms: readonly TermForm[];
  /** Each entry's marking policy; an entry not listed is marked at its first occurrence (`first`). */
  policies?: ReadonlyMap<string, MarkPolicy>;
  /**
   * At most this many marks in one block (names that are a note's quote aside): an occurrence over the limit is left
   * unmarked and its entry is marked at its next occurrence instead, so that no paragraph is a row of
   * underlines. Default 4 (a row of two languages then has at most 8, with notes' names a few more).
   */
  maxPerBlock?: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Every occurrence of a glossary form, in reading order, set by `rehypeMarkTerms`. */
    termOccurrences: TermOccurrence[];
  }
}

function isIgnored(node: Element): boolean {
  return node.tagName === 'a' || node.properties.dataTerm !== undefined || node.properties.dataNoteMarker !== undefined;
}

function blockOf(stack: RegExpMatchObject['stack']): string | undefined {
  for (const ancestor of stack) {
    if (ancestor.type === 'element' && typeof ancestor.properties.dataBlock === 'string') return ancestor.properties.dataBlock;
  }
  return undefined;
}

/** Whether the words a note is anchored to are exactly this name: the note is about it. */
function isNoteQuote(stack: RegExpMatchObject['stack'], value: string): boolean {
  const parent = stack.at(-2);
  return parent?.type === 'element' && parent.properties.dataNote !== undefined && toString(parent).trim() === value;
}

/**
 * Sets each occurrence's `start`: walks every block, counting its text as `blockText` does but
 * without the note markers (rehype-mark-notes.ts), which are not the block's words, and notes where
 * each occurrence's span begins (this run's and an earlier run's, see earlierSpans).
 */
function recordStarts(tree: Root, spans: ReadonlyMap<Element, Omit<TermOccurrence, 'start'>>): TermOccurrence[] {
  const occurrences: TermOccurrence[] = [];
  const walk = (node: Element, offset: number): number => {
    for (const child of node.children) {
      if (child.type === 'text') offset += child.value.length;
      if (child.type !== 'element' || child.properties.dataNoteMarker !== undefined) continue;
      const occurrence = spans.get(child);
      if (occurrence) occurrences.push({ ...occurrence, start: offset });
      offset = walk(child, offset);
    }
    return offset;
  };
  for (const node of tree.children) {
    if (node.type === 'element' && typeof node.properties.dataBlock === 'string') walk(node, 0);
  }
  return occurrences;
}

/**
 * The spans an earlier run made (the tree is its own output): they are occurrences too, so that a run over
 * marked text records the same occurrences and counts the same marks as the run that made them.
 */
function earlierSpans(tree: Root): Map<Element, Omit<TermOccurrence, 'start'>> {
  const spans = new Map<Element, Omit<TermOccurrence, 'start'>>();
  const walk = (node: Element, block: string): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (typeof child.properties.dataTerm === 'string')
        spans.set(child, { entry: child.properties.dataTerm, block, form: toString(child), marked: child.properties.dataMarked !== undefined });
      else walk(child, block);
    }
  };
  for (const node of tree.children) {
    if (node.type === 'element' && typeof node.properties.dataBlock === 'string') walk(node, node.properties.dataBlock);
  }
  return spans;
}

/** The section of every block: a heading starts a new one. */
function sections(tree: Root): Map<string, number> {
  const section = new Map<string, number>();
  let current = 0;
  for (const node of tree.children) {
    if (node.type !== 'element' || typeof node.properties.dataBlock !== 'string') continue;
    if (/^h[1-6]$/.test(node.tagName)) current += 1;
    section.set(node.properties.dataBlock, current);
  }
  return section;
}

/**
 * Finds every occurrence of every glossary form — never inside a link, a found term or a note marker —
 * wraps it in `<span data-term="<entry>">`, and records it on the file. Which occurrences the reading
 * text marks is the entry's policy (`first` in the version, the first in each `section`, `every`,
 * `never`); an occurrence that is the whole quote of an editor's note is marked too (unless `never`):
 * the note is about that name, and its reader needs the gloss beside it. A marked occurrence carries `data-marked`; the others stay plain text
 * on the page, while the data (register, search, JSON) keeps them all.
 */
export function rehypeMarkTerms(options: MarkTermsOptions) {
  const entryOf = new Map(options.forms.map((term) => [term.form, term.entry]));
  const pattern = termPattern(options.forms);
  const maxPerBlock = options.maxPerBlock ?? 4;
  return (tree: Root, file: VFile): void => {
    file.data.termOccurrences = [];
    if (!pattern) return;
    const spans = earlierSpans(tree);
    const sectionOf = sections(tree);
    const seen = new Set<string>();
    const marksIn = new Map<string, number>();
    const policyOf = (entry: string): MarkPolicy => options.policies?.get(entry) ?? 'first';
    const seenKey = (entry: string, block: string): string => (policyOf(entry) === 'section' ? `${sectionOf.get(block) ?? 0}:${entry}` : entry);
    for (const { entry, block, marked } of spans.values()) {
      if (!marked) continue;
      seen.add(seenKey(entry, block));
      marksIn.set(block, (marksIn.get(block) ?? 0) + 1);
    }
    const shouldMark = (entry: string, block: string, inNote: boolean): boolean => {
      const policy = policyOf(entry);
      if (policy === 'never') return false;
      if (inNote || policy === 'every') return true;
      const key = seenKey(entry, block);
      if (seen.has(key) || (marksIn.get(block) ?? 0) >= maxPerBlock) return false;
      seen.add(key);
      return true;
    };
    findAndReplace(
      tree,
      [
        pattern,
        (value: string, match: RegExpMatchObject): ElementContent | false => {
          const entry = entryOf.get(value);
          const block = blockOf(match.stack);
          if (!entry || !block) return false;
          const marked = shouldMark(entry, block, isNoteQuote(match.stack, value));
          if (marked) marksIn.set(block, (marksIn.get(block) ?? 0) + 1);
          const span: Element = { type: 'element', tagName: 'span', properties: { dataTerm: entry, ...(marked ? { dataMarked: '' } : {}) }, children: [{ type: 'text', value }] };
          spans.set(span, { entry, block, form: value, marked });
          return span;
        },
      ],
      { ignore: isIgnored },
    );
    file.data.termOccurrences = recordStarts(tree, spans);
  };
}
