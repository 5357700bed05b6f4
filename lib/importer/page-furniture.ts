/**
 * Page furniture: page numbers and running heads that a PDF extraction leaves in the text
 * (`— 3 —`, `- 12 -`, `Seite 3`, a bare `12`, the title repeated at the top of every page).
 * They are extraction damage, not words of the text: the importer removes them and lists every
 * line it removed in the report, so that an editor can restore one that was text after all.
 *
 * A line is furniture when
 * - it stands alone (blank lines around it) and has the shape of a page number;
 * - it stands alone and recurs: three times with the same text, or twice with only its number
 *   changed (`Gewerkschaften in Zentralasien 3`, `… 4`);
 * - it stands inside a paragraph (the extraction lost the blank lines around it) and recurs at
 *   regular intervals, as a page's furniture does: page numbers counting up, or a running head.
 * The first line of the text is never furniture: it is the title.
 *
 * Linear in the number of lines: every line is looked at a fixed number of times.
 */

import { NUMBERED_PART } from './german';
import type { SourceLine } from './types';

/** A line that is only a page number: `12`, `- 12 -`, `— 3 —`, `Seite 12`, `S. 3`, `12/40`, `Seite 12 von 40`. */
export const PAGE_NUMBER = /^(?:(?:Seite|S\.|Page|p\.)\s*)?\d{1,4}(?:\s*(?:\/|von|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^[-–—]\s*(?:Seite|S\.|Page)\s*\d{1,4}\s*[-–—]$/iu;
/** A standalone line repeated this often is a running head or foot. */
const RUNNING_HEAD_REPEATS = 3;
/** A running head is short; a recurring long line is text (a refrain, a repeated slogan). */
const MAX_RUNNING_HEAD = 100;
/** Lines inside paragraphs recur as furniture only at page distance: at least this many lines apart… */
const MIN_PAGE_LINES = 8;
/** …and about evenly: the longest distance at most this many times the shortest. */
const MAX_PAGE_IRREGULARITY = 3;

export type FurnitureKind = 'page number' | 'running head';

export interface FurnitureLine {
  readonly n: number;
  readonly text: string;
  readonly kind: FurnitureKind;
  /** It stood inside a paragraph (no blank line before and after it). */
  readonly inside: boolean;
}

/** The line with every number replaced: `Titel 3` and `Titel 4` are the same running head. */
function shapeKey(text: string): string {
  return text.replace(/\d+/gu, '#');
}

/** Do the occurrences stand at page distance, about evenly? */
function regular(numbers: readonly number[]): boolean {
  if (numbers.length < RUNNING_HEAD_REPEATS) return false;
  let shortest = Number.POSITIVE_INFINITY;
  let longest = 0;
  for (let index = 1; index < numbers.length; index += 1) {
    const distance = (numbers[index] ?? 0) - (numbers[index - 1] ?? 0);
    shortest = Math.min(shortest, distance);
    longest = Math.max(longest, distance);
  }
  return shortest >= MIN_PAGE_LINES && longest <= shortest * MAX_PAGE_IRREGULARITY;
}

/** Do the occurrences stand at least a page apart (page numbers may skip pages: no upper bound)? */
function pageDistance(numbers: readonly number[]): boolean {
  return numbers.every((n, index) => index === 0 || n - (numbers[index - 1] ?? 0) >= MIN_PAGE_LINES);
}

/** Page numbers inside paragraphs: below 1000 (a year on a line of its own is text) … */
const MAX_PAGE = 999;
/** … and counting up page by page (a few may be missing where a number stood apart). */
const MAX_PAGE_STEP = 5;

/** Do the lines' numbers count up as pages do: up, in small steps, never down? */
function countUp(texts: readonly string[]): boolean {
  let previous: number | undefined;
  for (const text of texts) {
    const value = Number(/\d+/u.exec(text)?.[0] ?? Number.NaN);
    if (!(value <= MAX_PAGE)) return false;
    if (previous !== undefined && !(value > previous && value - previous <= MAX_PAGE_STEP)) return false;
    previous = value;
  }
  return true;
}

interface Candidate {
  readonly line: SourceLine;
  readonly alone: boolean;
  /** The text lines before and after it. */
  readonly before: string;
  readonly after: string;
}

/**
 * Furniture sits between different text on every page; a passage that recurs whole (a refrain, a
 * text pasted twice) has the same neighbours every time and is text.
 */
function betweenDifferentText(group: readonly Candidate[]): boolean {
  // A blank line beside furniture is usual (a running head under the page break) and says nothing.
  const mostlyDistinct = (texts: readonly string[]): boolean => {
    const written = texts.filter((text) => text !== '');
    return new Set(written).size * 2 > written.length || written.length === 0;
  };
  return mostlyDistinct(group.map((candidate) => candidate.before)) && mostlyDistinct(group.map((candidate) => candidate.after));
}

/**
 * Find the page numbers and running heads among the lines, by line number.
 *
 * A page number and a running head often come together at a page break (`— 3 —` over
 * `Kasachstan – Hintergründe`, or the other way round). Then one of the two always has the other
 * beside it — the same running head every time — and would look like a recurring passage. So the
 * lines are judged twice: the second time, a neighbour found to be furniture the first time does
 * not count, and the text beyond it is the neighbour.
 */
export function findPageFurniture(lines: readonly SourceLine[]): Map<number, FurnitureLine> {
  const first = judgeLines(lines, new Set());
  if (first.size === 0) return first;
  const second = judgeLines(lines, new Set(first.keys()));
  const found = new Map([...first, ...second]);
  // A pair standing between blank lines stands alone, as a single page number would.
  const neighbours = textNeighbours(lines, found);
  lines.forEach((line, index) => {
    const furniture = found.get(line.n);
    if (!furniture) return;
    const inside = (neighbours.before[index] ?? '') !== '' || (neighbours.after[index] ?? '') !== '';
    if (inside !== furniture.inside) found.set(line.n, { ...furniture, inside });
  });
  return found;
}

/** Each line's nearest neighbour before and after it that is not among the lines passed over. */
function textNeighbours(lines: readonly SourceLine[], passOver: ReadonlySet<number> | ReadonlyMap<number, unknown>): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  let previous = '';
  lines.forEach((line, index) => {
    before[index] = previous;
    if (!passOver.has(line.n)) previous = line.text;
  });
  let next = '';
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    after[index] = next;
    const line = lines[index];
    if (line && !passOver.has(line.n)) next = line.text;
  }
  return { before, after };
}

/** One pass over the lines; the neighbours of a line skip the lines in passOver. */
function judgeLines(lines: readonly SourceLine[], passOver: ReadonlySet<number>): Map<number, FurnitureLine> {
  const candidates: Candidate[] = [];
  const firstText = lines.findIndex((line) => line.text !== '');
  const neighbours = textNeighbours(lines, passOver);
  lines.forEach((line, index) => {
    if (index <= firstText || line.text === '' || line.text.length > MAX_RUNNING_HEAD) return;
    const before = neighbours.before[index] ?? '';
    const after = neighbours.after[index] ?? '';
    candidates.push({ line, alone: before === '' && after === '', before, after });
  });

  const byShape = new Map<string, Candidate[]>();
  const aloneByText = new Map<string, number>();
  for (const candidate of candidates) {
    const key = shapeKey(candidate.line.text);
    byShape.set(key, append(byShape.get(key), candidate));
    if (candidate.alone) aloneByText.set(candidate.line.text, (aloneByText.get(candidate.line.text) ?? 0) + 1);
  }

  const found = new Map<number, FurnitureLine>();
  for (const [key, group] of byShape) {
    const pageNumber = PAGE_NUMBER.test(group[0]?.line.text ?? '');
    const numbered = /^#\s|\s#$/u.test(key);
    const aloneCount = group.filter((candidate) => candidate.alone).length;
    const inside = group.filter((candidate) => !candidate.alone);
    // Judged on every occurrence, alone or not: a page's furniture is sometimes set off by blank lines.
    const numbers = group.map((candidate) => candidate.line.n);
    const insideIsFurniture =
      inside.length > 0 &&
      group.length >= RUNNING_HEAD_REPEATS &&
      betweenDifferentText(group) &&
      (pageNumber ? pageDistance(numbers) && countUp(group.map((candidate) => candidate.line.text)) : regular(numbers) && /\p{L}/u.test(key));
    for (const candidate of group) {
      const { text, n } = candidate.line;
      const isFurniture = candidate.alone
        ? pageNumber || (aloneByText.get(text) ?? 0) >= RUNNING_HEAD_REPEATS || (numbered && aloneCount >= 2 && !NUMBERED_PART.test(text))
        : insideIsFurniture;
      if (isFurniture) found.set(n, { n, text, kind: pageNumber ? 'page number' : 'running head', inside: !candidate.alone });
    }
  }
  return found;
}

function append<T>(list: T[] | undefined, item: T): T[] {
  if (!list) return [item];
  list.push(item);
  return list;
}
