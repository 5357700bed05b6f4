/**
 * The reader's annotations as files to take away: Markdown ready for a paper (the quote, the note,
 * and a full citation of the ¶ in the chosen style) and CSL-JSON of the cited works for a reference
 * manager. The citations come from each text's own page (its cite templates), so they are the same
 * as the page's “Cite” gives.
 */
import type { ReaderAnnotation } from './annotation';

export interface ParagraphCitation {
  /** The reference in the chosen style, as plain text, with the ¶ as pin-cite. */
  text: string;
  /** The link to the exact ¶. */
  url: string;
  /** CSL-JSON of the cited work (one item per text version). */
  csl: Record<string, unknown>;
}

export type Cite = (annotation: ReaderAnnotation) => ParagraphCitation | undefined;

/** Quotes as Markdown block quotes; a `>` or `#` at a line start inside the words is escaped. */
function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line.replace(/^([>#])/, '\\$1')}`)
    .join('\n');
}

export function toMarkdown(annotations: readonly ReaderAnnotation[], cite: Cite, labels: { note: string; tags: string }): string {
  return `${annotations
    .map((annotation) => {
      const citation = cite(annotation);
      const parts = [quoteLines(`„${annotation.quote.exact}“`)];
      if (citation) parts.push(`— ${citation.text} <${citation.url}>`);
      if (annotation.note) parts.push(`**${labels.note}:** ${annotation.note}`);
      if (annotation.tags.length > 0) parts.push(`**${labels.tags}:** ${annotation.tags.join(', ')}`);
      return parts.join('\n\n');
    })
    .join('\n\n---\n\n')}\n`;
}

/** Every cited work once, however many of its paragraphs were annotated. */
export function toCslJson(annotations: readonly ReaderAnnotation[], cite: Cite): Record<string, unknown>[] {
  const items = new Map<string, Record<string, unknown>>();
  for (const annotation of annotations) {
    const csl = cite(annotation)?.csl;
    if (csl) items.set(String(csl.id ?? `${annotation.text}-${annotation.lang}`), csl);
  }
  return [...items.values()];
}
