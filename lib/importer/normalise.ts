/**
 * Whitespace normalisation of the raw source.
 *
 * Extraction leaves whitespace that is not part of the text: non-breaking spaces from web pages,
 * double spaces and trailing spaces from PDF layout, invisible soft hyphens and zero-width spaces.
 * They are normalised here, once, so that no later rule has to care about them. Nothing else is
 * touched: every visible character stays, and every line keeps its source line number.
 */

import type { SourceLine } from './types';

/** Characters that render as a space: no-break, figure, narrow no-break, thin, hair space, tab. */
const SPACE_LIKE = /[\u00a0\u2007\u202f\u2009\u200a\t\v]/g;
/** Invisible characters with no text value: soft hyphen, zero-width space/joiners, BOM. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
const FORM_FEED = /\f/g;

/** A source line with a flag for a form feed (pdftotext's page separator) at its start. */
export interface NormalisedLine extends SourceLine {
  readonly pageBreakBefore: boolean;
}

/** Split the source into lines and normalise each line's whitespace. */
export function normaliseSource(source: string): NormalisedLine[] {
  const rawLines = source.replace(/\r\n?/g, '\n').split('\n');
  // A final newline does not open another line.
  if (rawLines.length > 1 && rawLines.at(-1) === '') rawLines.pop();
  return rawLines.map((raw, index) => normaliseLine(raw, index + 1));
}

function normaliseLine(raw: string, n: number): NormalisedLine {
  const pageBreakBefore = raw.includes('\f');
  const spaced = raw.replace(FORM_FEED, '').replace(INVISIBLE, '').replace(SPACE_LIKE, ' ');
  const indent = spaced.length - spaced.trimStart().length;
  const text = spaced.trim().replace(/ {2,}/g, ' ');
  return { n, text, indent, pageBreakBefore };
}
