/**
 * Describing a reader's words as W3C selectors and finding them again after the text changed: by
 * block and quote first, then in the blocks a released id was split or merged into (the anchors
 * lock's redirects), then anywhere in the version, each time exactly and then approximately. What
 * cannot be found is an orphan: kept and listed with its quote, never dropped.
 *
 * The TextQuoteSelector and TextPositionSelector are described and matched by Apache Annotator
 * (`@apache-annotator/selector`); the approximate step, which it does not offer, by Hypothesis's
 * `approx-string-match`, the matcher its anchoring uses.
 *
 * Works on each block's plain text (the `text` of the text JSON, which is also what the page's block
 * shows without its note numbers and soft hyphens), not on the DOM through `@apache-annotator/dom`:
 * its text nodes hold the soft hyphens the page adds to long German words and the note numbers,
 * which the stored quote and positions must not contain, and the "My annotations" page anchors
 * against the text JSON without the reader page's DOM. So positions mean the same on the page, in
 * the JSON and in exports.
 */
import {
  describeTextPosition,
  describeTextQuote,
  textPositionSelectorMatcher,
  textQuoteSelectorMatcher,
  type Chunk,
  type Chunker,
  type ChunkRange,
  type TextQuoteSelector,
} from '@apache-annotator/selector';
import search from 'approx-string-match';
import type { ReaderAnnotation } from './annotation';

export type AnchorStatus = 'exact' | 'fuzzy' | 'moved' | 'orphan';

export interface Anchored {
  status: Exclude<AnchorStatus, 'orphan'>;
  block: string;
  start: number;
  end: number;
}

export type AnchorResult = Anchored | { status: 'orphan' };

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** A block's text as the single chunk Apache Annotator reads (one chunk object: it compares chunks by identity). */
function blockScope(text: string | Chunk<string>): Chunker<Chunk<string>> {
  const chunk = typeof text === 'string' ? { data: text } : text;
  return { currentChunk: chunk, nextChunk: () => null, previousChunk: () => null, precedesCurrentChunk: () => false };
}

function rangeIn(chunk: Chunk<string>, start: number, end: number): ChunkRange<Chunk<string>> {
  return { startChunk: chunk, startIndex: start, endChunk: chunk, endIndex: end };
}

async function collect(matches: AsyncGenerator<ChunkRange<Chunk<string>>, void, void>): Promise<Candidate[]> {
  const found: Candidate[] = [];
  for await (const match of matches) found.push({ start: match.startIndex, end: match.endIndex, errors: 0 });
  return found;
}

/**
 * A quote and position for the words start…end of a block's text. The context reaches about 32
 * characters to each side (to whole words), and further where needed to tell repeated words apart.
 */
export async function describeWords(text: string, start: number, end: number): Promise<Pick<ReaderAnnotation, 'quote' | 'position'>> {
  const scope = blockScope(text);
  const target = rangeIn(scope.currentChunk, start, end);
  const quote = await describeTextQuote(target, () => blockScope(scope.currentChunk), { minimumQuoteLength: end - start + 64 });
  const position = await describeTextPosition(target, scope);
  return { quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' }, position: { start: position.start, end: position.end } };
}

/**
 * Exact occurrences of the words, with as much of the recorded context as still agrees: the quote
 * with prefix and suffix, else with one of them, else alone. The first that matches anywhere wins.
 */
async function exactCandidates(text: string, quote: ReaderAnnotation['quote']): Promise<Candidate[]> {
  const selectors: TextQuoteSelector[] = [
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix },
    { type: 'TextQuoteSelector', exact: quote.exact, suffix: quote.suffix },
    { type: 'TextQuoteSelector', exact: quote.exact },
  ];
  for (const selector of selectors) {
    const found = await collect(textQuoteSelectorMatcher(selector)(blockScope(text)));
    if (found.length > 0) return found;
  }
  return [];
}

/** The recorded position, when it still holds the words. */
async function atPosition(text: string, annotation: ReaderAnnotation): Promise<Candidate | undefined> {
  const { start, end } = annotation.position;
  if (end > text.length) return undefined;
  const [match] = await collect(textPositionSelectorMatcher({ type: 'TextPositionSelector', start, end })(blockScope(text)));
  return match && text.slice(match.start, match.end) === annotation.quote.exact ? match : undefined;
}

/** Up to a quarter of the quote may differ (at most 32 characters), as in Hypothesis's anchoring. */
function fuzzyCandidates(text: string, exact: string): Candidate[] {
  if (exact.length < 4) return [];
  const maxErrors = Math.min(32, Math.floor(exact.length / 4));
  return search(text, exact, maxErrors).map((match) => ({ start: match.start, end: match.end, errors: match.errors }));
}

/** The best of several matches: fewest errors, then nearest the old position. */
function best(candidates: readonly Candidate[], annotation: ReaderAnnotation): Candidate | undefined {
  const distance = (candidate: Candidate) => Math.abs(candidate.start - annotation.position.start);
  return candidates.reduce<Candidate | undefined>((chosen, candidate) => {
    if (!chosen || candidate.errors < chosen.errors || (candidate.errors === chosen.errors && distance(candidate) < distance(chosen))) return candidate;
    return chosen;
  }, undefined);
}

/** Where the annotation's words are in one block's text, exactly. */
async function exactInBlock(text: string, annotation: ReaderAnnotation): Promise<Candidate | undefined> {
  const exact = await exactCandidates(text, annotation.quote);
  // The old position still holding the words wins among equally good occurrences.
  const position = await atPosition(text, annotation);
  return position && exact.some((candidate) => candidate.start === position.start) ? position : best(exact, annotation);
}

function fuzzyInBlock(text: string, annotation: ReaderAnnotation): Candidate | undefined {
  return best(fuzzyCandidates(text, annotation.quote.exact), annotation);
}

/** Where the annotation's words are in one block's text, exactly or approximately. */
export async function anchorInBlock(text: string, annotation: ReaderAnnotation): Promise<(Candidate & { fuzzy: boolean }) | undefined> {
  const exactMatch = await exactInBlock(text, annotation);
  if (exactMatch) return { ...exactMatch, fuzzy: false };
  const fuzzyMatch = fuzzyInBlock(text, annotation);
  return fuzzyMatch ? { ...fuzzyMatch, fuzzy: true } : undefined;
}

/**
 * Re-anchors an annotation in the current text of its version: `blocks` in reading order, and the
 * anchors lock's redirects (released id → the blocks that replaced it).
 */
export async function reanchor(annotation: ReaderAnnotation, blocks: ReadonlyMap<string, string>, redirects: Readonly<Record<string, readonly string[]>>): Promise<AnchorResult> {
  const own = blocks.get(annotation.block);
  if (own !== undefined) {
    const match = await anchorInBlock(own, annotation);
    if (match) return { status: match.fuzzy ? 'fuzzy' : 'exact', block: annotation.block, start: match.start, end: match.end };
  }
  const successors = (redirects[annotation.block] ?? []).filter((id) => blocks.has(id));
  const elsewhere = [...blocks.keys()].filter((id) => id !== annotation.block && !successors.includes(id));
  for (const group of [successors, elsewhere]) {
    for (const find of [exactInBlock, fuzzyInBlock]) {
      for (const id of group) {
        const match = await find(blocks.get(id) ?? '', annotation);
        if (match) return { status: 'moved', block: id, start: match.start, end: match.end };
      }
    }
  }
  return { status: 'orphan' };
}
