import type { Element, ElementContent, Root } from 'hast';
import { findAndReplace, type RegExpMatchObject } from 'hast-util-find-and-replace';
import type { VFile } from 'vfile';

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
}

export interface MarkTermsOptions {
  forms: readonly TermForm[];
}

declare module 'vfile' {
  interface DataMap {
    /** Every marked term, in reading order, set by `rehypeMarkTerms`. */
    termOccurrences: TermOccurrence[];
  }
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One expression for all forms, longest first, so that the longest form wins wherever forms overlap
 * (“Bezirk Mangistau” before “Mangistau”). A form matches as a whole word only: no letter or digit
 * may touch it on either side (a hyphen may: “NATO-Ausbildungszentrum”).
 */
export function termPattern(forms: readonly TermForm[]): RegExp | undefined {
  if (forms.length === 0) return undefined;
  const alternatives = [...new Set(forms.map((term) => term.form))].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
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

/**
 * Marks every occurrence of every glossary form as `<span data-term="<entry>">`, never inside a
 * link, a marked term or a note marker, and records the occurrences (block, form) on the file.
 */
export function rehypeMarkTerms(options: MarkTermsOptions) {
  const entryOf = new Map(options.forms.map((term) => [term.form, term.entry]));
  const pattern = termPattern(options.forms);
  return (tree: Root, file: VFile): void => {
    const occurrences: TermOccurrence[] = [];
    file.data.termOccurrences = occurrences;
    if (!pattern) return;
    findAndReplace(
      tree,
      [
        pattern,
        (value: string, match: RegExpMatchObject): ElementContent | false => {
          const entry = entryOf.get(value);
          const block = blockOf(match.stack);
          if (!entry || !block) return false;
          occurrences.push({ entry, block, form: value });
          return { type: 'element', tagName: 'span', properties: { dataTerm: entry }, children: [{ type: 'text', value }] };
        },
      ],
      { ignore: isIgnored },
    );
  };
}
