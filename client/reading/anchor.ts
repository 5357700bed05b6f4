/**
 * Finding a reader's annotation again after the text changed: by block and quote first, then in the
 * blocks a released id was split or merged into (the anchors lock's redirects), then anywhere in the
 * version, each time exactly and then approximately (Hypothesis's `approx-string-match`, the matcher
 * its anchoring uses). What cannot be found is an orphan: kept and listed with its quote, never dropped.
 *
 * Works on each block's plain text (the `text` of the text JSON, which is also what the page's block
 * shows without its note numbers), so positions mean the same on the page, in the JSON and in exports.
 */
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

/** How well the words around a match agree with the recorded prefix and suffix (0 = not at all). */
function contextScore(text: string, candidate: Candidate, quote: ReaderAnnotation['quote']): number {
  const before = text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start);
  const after = text.slice(candidate.end, candidate.end + quote.suffix.length);
  let score = 0;
  for (let index = 1; index <= Math.min(before.length, quote.prefix.length); index += 1) {
    if (before[before.length - index] !== quote.prefix[quote.prefix.length - index]) break;
    score += 1;
  }
  for (let index = 0; index < Math.min(after.length, quote.suffix.length); index += 1) {
    if (after[index] !== quote.suffix[index]) break;
    score += 1;
  }
  return score;
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let index = text.indexOf(exact); index !== -1; index = text.indexOf(exact, index + 1)) found.push({ start: index, end: index + exact.length, errors: 0 });
  return found;
}

/** Up to a quarter of the quote may differ (at most 32 characters), as in Hypothesis's anchoring. */
function fuzzyCandidates(text: string, exact: string): Candidate[] {
  if (exact.length < 4) return [];
  const maxErrors = Math.min(32, Math.floor(exact.length / 4));
  return search(text, exact, maxErrors).map((match) => ({ start: match.start, end: match.end, errors: match.errors }));
}

/** The best of several matches: fewest errors, then the best context, then nearest the old position. */
function best(text: string, candidates: readonly Candidate[], annotation: ReaderAnnotation): Candidate | undefined {
  let chosen: Candidate | undefined;
  let chosenKey: [number, number, number] | undefined;
  for (const candidate of candidates) {
    const key: [number, number, number] = [candidate.errors, -contextScore(text, candidate, annotation.quote), Math.abs(candidate.start - annotation.position.start)];
    if (!chosenKey || key[0] < chosenKey[0] || (key[0] === chosenKey[0] && (key[1] < chosenKey[1] || (key[1] === chosenKey[1] && key[2] < chosenKey[2])))) {
      chosen = candidate;
      chosenKey = key;
    }
  }
  return chosen;
}

/** Where the annotation's words are in one block's text, exactly or approximately. */
export function anchorInBlock(text: string, annotation: ReaderAnnotation): (Candidate & { fuzzy: boolean }) | undefined {
  const { exact } = annotation.quote;
  const { start, end } = annotation.position;
  if (text.slice(start, end) === exact) {
    const atPosition = { start, end, errors: 0 };
    const others = exactCandidates(text, exact);
    // The old position still holds the words; prefer it unless the context clearly moved elsewhere.
    const chosen = best(text, others, annotation) ?? atPosition;
    return { ...(contextScore(text, chosen, annotation.quote) > contextScore(text, atPosition, annotation.quote) ? chosen : atPosition), fuzzy: false };
  }
  const exactMatch = best(text, exactCandidates(text, exact), annotation);
  if (exactMatch) return { ...exactMatch, fuzzy: false };
  const fuzzyMatch = best(text, fuzzyCandidates(text, exact), annotation);
  return fuzzyMatch ? { ...fuzzyMatch, fuzzy: true } : undefined;
}

/**
 * Re-anchors an annotation in the current text of its version: `blocks` in reading order, and the
 * anchors lock's redirects (released id → the blocks that replaced it).
 */
export function reanchor(annotation: ReaderAnnotation, blocks: ReadonlyMap<string, string>, redirects: Readonly<Record<string, readonly string[]>>): AnchorResult {
  const own = blocks.get(annotation.block);
  if (own !== undefined) {
    const match = anchorInBlock(own, annotation);
    if (match) return { status: match.fuzzy ? 'fuzzy' : 'exact', block: annotation.block, start: match.start, end: match.end };
  }
  const successors = (redirects[annotation.block] ?? []).filter((id) => blocks.has(id));
  const elsewhere = [...blocks.keys()].filter((id) => id !== annotation.block && !successors.includes(id));
  for (const group of [successors, elsewhere]) {
    for (const fuzzy of [false, true]) {
      for (const id of group) {
        const match = anchorInBlock(blocks.get(id) ?? '', annotation);
        if (match && match.fuzzy === fuzzy) return { status: 'moved', block: id, start: match.start, end: match.end };
      }
    }
  }
  return { status: 'orphan' };
}
