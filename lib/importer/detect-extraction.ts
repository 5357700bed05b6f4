/**
 * Tell a PDF extraction from a web extraction.
 *
 * A PDF extraction is hard-wrapped: most lines are followed by another line of the same paragraph and
 * have about the same length (the page's measure), and most of them break off mid-sentence. A web
 * extraction has one paragraph per line: lines stand alone between blank lines, or are long, and end
 * with a sentence. The numbers that separate them are reported, so that an editor can see why the
 * importer decided as it did.
 */

import { endsSentence } from './german';
import type { ExtractionResult, SourceLine } from './types';

/** Share of text lines followed directly by another text line above which a text counts as hard-wrapped. */
const WRAPPED_SHARE = 0.5;
/** A hard-wrapped line is rarely longer than this; web paragraphs usually are. */
const MAX_WRAPPED_MEDIAN = 120;
/** Share of lines ending a sentence above which lines are paragraphs, not wrapped lines. */
const MAX_WRAPPED_SENTENCE_ENDS = 0.6;

export function detectExtraction(lines: readonly SourceLine[]): ExtractionResult {
  const textLines = lines.filter((line) => line.text !== '');
  if (textLines.length === 0) {
    return { kind: 'web', certain: false, reason: 'the source has no text', measure: 0 };
  }
  const followed = lines.filter((line, index) => line.text !== '' && (lines[index + 1]?.text ?? '') !== '');
  const wrappedShare = followed.length / textLines.length;
  const median = percentile(
    textLines.map((line) => line.text.length),
    0.5,
  );
  // The measure is taken from lines that continue on the next line: last lines of paragraphs are short.
  const measure = percentile(
    (followed.length > 0 ? followed : textLines).map((line) => line.text.length),
    0.8,
  );

  // Hard-wrapped lines mostly break mid-sentence; web paragraphs end with their sentence.
  const sentenceEndShare = textLines.filter((line) => endsSentence(line.text)).length / textLines.length;
  const numbers =
    `${Math.round(wrappedShare * 100)} % of text lines continue on the next line, ` + `${Math.round(sentenceEndShare * 100)} % end a sentence, median line length ${median}`;
  if (wrappedShare >= WRAPPED_SHARE && median <= MAX_WRAPPED_MEDIAN && sentenceEndShare < MAX_WRAPPED_SENTENCE_ENDS) {
    const certain = wrappedShare >= 0.65 && textLines.length >= 10;
    return { kind: 'pdf', certain, reason: `hard-wrapped lines (${numbers})`, measure };
  }
  const certain = wrappedShare <= 0.3 || median > MAX_WRAPPED_MEDIAN * 1.5;
  return { kind: 'web', certain, reason: `one paragraph per line (${numbers})`, measure };
}

/** The value below which `share` of the values lie (nearest rank); 0 for no values. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/** Is a line clearly shorter than a full line of the page (so its paragraph probably ended there)? */
export function isShortLine(line: SourceLine, measure: number): boolean {
  return line.text.length < measure * 0.8;
}
