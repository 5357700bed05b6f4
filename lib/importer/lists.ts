/**
 * Find lists: lines that open with a bullet (`•`, `-`, `–`, `*`) or a number (`1.`, `1)`), and runs of
 * short parallel lines (`Niederlande 30,2%`, `30. September: Streik …`) that a web page set as a list
 * and the extraction flattened into separate lines.
 *
 * A bullet is a marker, not a word: it is removed and the item becomes a Markdown list item. A
 * number is kept as the list's numbering only when the items count up (1, 2, 3 …); otherwise it is
 * text (`30. September` is a date, not item 30). Parallel lines keep their text unchanged.
 */

import { isShortLine } from './detect-extraction';
import { DATE_START, endsSentence } from './german';
import { decide, quoteStart } from './report';
import type { Block, Decision, Extraction, LineGroup, ListMarker, SourceLine } from './types';

/** Bullets that mark a list item even when the item stands alone. */
const STRONG_BULLET = /^[•·▪◦‣●○■□➢►▸✓✔]\s+/u;
/** Characters that open a list item only when several lines use them: otherwise they are dashes or footnote stars. */
const WEAK_BULLET = /^[-–—*+]\s+/u;
const NUMBER = /^(\d{1,2})([.)])\s+/;
/** `Niederlande 30,2%`, `Handel 17%`, `Rohstoffgewinnung 15 Prozent`: a label and a figure. */
const FIGURE = /^[^.!?:]{1,60}?\s\d+(?:[.,]\d+)?\s?(?:%|Prozent|Mio\.?|Mrd\.?|Millionen|Milliarden|€|\$|Euro|Dollar)?$/u;
/** `Antwort: …`, `Ort: …`: a label of at most four words and a colon. */
const LABEL = /^(?:[^\s:]+\s){0,3}[^\s:]+:\s+\S/u;

/** Maximal length of a line in a run of labelled (`Label: text`) or bare short lines. */
const MAX_LABEL_LINE = 160;
const MAX_SHORT_LINE = 50;

/** The kinds of line that open a list item or make up a run of parallel lines. */
type Shape = 'strong-bullet' | 'weak-bullet' | 'number' | 'date' | 'figure' | 'label' | 'short';

/** Where a bullet or a number opens a line: the shape and what to strip. */
interface Opening {
  readonly shape: Shape;
  /** Characters of the marker (and the space after it) to remove from the line, 0 to keep the text. */
  readonly strip: number;
  readonly number?: number;
  readonly delimiter?: '.' | ')';
}

/** The list shape a line opens with, if any. */
export function openingOf(text: string): Opening | undefined {
  const strong = STRONG_BULLET.exec(text);
  if (strong) return { shape: 'strong-bullet', strip: strong[0].length };
  const weak = WEAK_BULLET.exec(text);
  if (weak) return { shape: 'weak-bullet', strip: weak[0].length };
  if (DATE_START.test(text) && /^[^:]{1,40}:\s/u.test(text)) return { shape: 'date', strip: 0 };
  const number = NUMBER.exec(text);
  if (number && !DATE_START.test(text)) {
    return { shape: 'number', strip: number[0].length, number: Number(number[1]), delimiter: number[2] === ')' ? ')' : '.' };
  }
  if (FIGURE.test(text)) return { shape: 'figure', strip: 0 };
  if (LABEL.test(text) && text.length <= MAX_LABEL_LINE) return { shape: 'label', strip: 0 };
  if (text.length <= MAX_SHORT_LINE && !/[.:;,]$/.test(text) && !text.startsWith('(')) return { shape: 'short', strip: 0 };
  return undefined;
}

/** A unit of text that may become a list item: a whole group, or the lines a marker opened inside a group. */
interface Unit {
  readonly lines: readonly SourceLine[];
  /** Set when the marker was found inside a hard-wrapped group (PDF). */
  readonly opening?: Opening;
}

export interface ListsResult {
  readonly blocks: Block[];
  readonly decisions: Decision[];
}

/**
 * Turn the reflowed groups into paragraphs and list items.
 * `measure` is the page's full line length (PDF); it tells short parallel lines from wrapped prose.
 */
export function findLists(groups: readonly LineGroup[], extraction: Extraction, measure: number): ListsResult {
  const decisions: Decision[] = [];
  const units = groups.flatMap((group) => (extraction === 'pdf' ? splitWrappedGroup(group, measure, decisions) : [{ lines: group.lines }]));
  return { blocks: groupRuns(units, decisions), decisions };
}

/**
 * In a hard-wrapped paragraph, lines opening with a bullet or a number, or a run of short parallel
 * lines, are list items that the extraction ran together. Split the group at them.
 */
function splitWrappedGroup(group: LineGroup, measure: number, decisions: Decision[]): Unit[] {
  const lines = group.lines;
  if (lines.length < 2) return [{ lines }];
  const openings = lines.map((line) => openingOf(line.text));
  const starts = (shape: Shape): number[] => openings.flatMap((opening, index) => (opening?.shape === shape ? [index] : []));

  let chosen: { shape: Shape; indices: number[] } | undefined;
  const strong = starts('strong-bullet');
  const weak = starts('weak-bullet');
  const numbers = starts('number');
  const dates = starts('date');
  const figures = starts('figure').filter((index) => {
    const line = lines[index];
    return line !== undefined && isShortLine(line, measure);
  });
  if (strong.length > 0) chosen = { shape: 'strong-bullet', indices: strong };
  else if (weak.length >= 2 && opensListAt(lines, weak[0] ?? 0)) {
    // A dash at a line start inside prose is usually a dash that wrapped: only a run that opens
    // the paragraph, or follows a line ending in a colon, is a list.
    chosen = { shape: 'weak-bullet', indices: weak };
  } else if (numbers.length >= 2 && opensListAt(lines, numbers[0] ?? 0) && countsUp(numbers.map((index) => openings[index]?.number ?? 0))) {
    chosen = { shape: 'number', indices: numbers };
  } else if (dates.length >= 3) chosen = { shape: 'date', indices: dates };
  else if (figures.length >= 3) chosen = { shape: 'figure', indices: figures };
  if (!chosen) return [{ lines }];

  const units: Unit[] = [];
  const first = chosen.indices[0] ?? 0;
  if (first > 0) units.push({ lines: lines.slice(0, first) });
  const singleLine = chosen.shape === 'figure';
  const lastStart = chosen.indices.at(-1) ?? 0;
  chosen.indices.forEach((start, k) => {
    const next = chosen.indices[k + 1] ?? lines.length;
    const end = singleLine ? start + 1 : start === lastStart ? endOfLastItem(lines, start, measure) : next;
    const opening = openings[start];
    if (opening) units.push({ lines: lines.slice(start, end), opening });
    if (end < next) units.push({ lines: lines.slice(end, next) });
  });
  const lastEnd = singleLine ? lastStart + 1 : endOfLastItem(lines, lastStart, measure);
  // The last item may take in the paragraph after the list; suspect that when it is longer than the others.
  const longestOther = Math.max(1, ...chosen.indices.slice(0, -1).map((start, k) => (chosen.indices[k + 1] ?? start + 1) - start));
  if (!singleLine && lastEnd - lastStart > longestOther + 1) {
    decisions.push(
      decide(
        lines[lastStart]?.n ?? 0,
        'list',
        `the last list item runs on over ${lastEnd - lastStart - 1} more line(s), longer than the other items; the list may end earlier`,
        false,
      ),
    );
  }
  if (lastEnd < lines.length) {
    decisions.push(
      decide(
        lines[lastEnd]?.n ?? 0,
        'list',
        `the list ends at a short line that ends a sentence; ${quoteStart(lines[lastEnd]?.text ?? '')} starts a new paragraph although no blank line stands before it`,
        false,
      ),
    );
  }
  return units;
}

/**
 * The last item of a list inside a wrapped paragraph runs on until a short line ends a sentence:
 * the text after that is the paragraph that follows the list (the extraction lost the blank line).
 */
function endOfLastItem(lines: readonly SourceLine[], start: number, measure: number): number {
  for (let index = start; index < lines.length - 1; index += 1) {
    const line = lines[index];
    if (line && endsSentence(line.text) && isShortLine(line, measure)) return index + 1;
  }
  return lines.length;
}

/** Numbers that count up by one: 1, 2, 3 (or 4, 5, 6). */
function countsUp(numbers: readonly number[]): boolean {
  return numbers.every((value, index) => index === 0 || value === (numbers[index - 1] ?? 0) + 1);
}

/** How many units of a shape make a list, and how sure the importer is of such a list. */
function acceptRun(shape: Shape, units: readonly Unit[], introduced: boolean): { accept: boolean; certain: boolean } {
  const count = units.length;
  switch (shape) {
    case 'strong-bullet':
      return { accept: true, certain: true };
    case 'weak-bullet':
      return { accept: count >= 2 || introduced, certain: count >= 2 };
    case 'number':
      return { accept: count >= 2 && countsUp(units.map((unit) => openingFor(unit)?.number ?? 0)), certain: true };
    case 'date':
    case 'figure':
      return { accept: count >= 3, certain: introduced };
    case 'label':
    case 'short':
      return { accept: count >= 3, certain: false };
  }
}

const SHAPE_NAMES: Record<Shape, string> = {
  'strong-bullet': 'items with a bullet',
  'weak-bullet': 'items opening with a dash or star',
  number: 'numbered items',
  date: 'short parallel lines opening with a date',
  figure: 'short parallel lines ending in a figure',
  label: 'parallel lines of the form "Label: text"',
  short: 'short parallel lines',
};

/** The opening a unit starts with: found while splitting, or read from its single line. */
function openingFor(unit: Unit): Opening | undefined {
  if (unit.opening) return unit.opening;
  const first = unit.lines[0];
  if (!first) return undefined;
  const opening = openingOf(first.text);
  // Parallel shapes describe whole lines: a wrapped paragraph that happens to start like one is prose.
  if (opening && unit.lines.length > 1 && !['strong-bullet', 'weak-bullet', 'number'].includes(opening.shape)) {
    return undefined;
  }
  return opening;
}

/** Collect runs of consecutive units of one shape and turn accepted runs into list items. */
function groupRuns(units: readonly Unit[], decisions: Decision[]): Block[] {
  const blocks: Block[] = [];
  let run = 0;
  let index = 0;
  while (index < units.length) {
    const unit = units[index];
    if (!unit) break;
    const opening = openingFor(unit);
    if (!opening) {
      blocks.push({ kind: 'paragraph', lines: unit.lines });
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < units.length) {
      const next = units[end];
      if (!next || openingFor(next)?.shape !== opening.shape) break;
      end += 1;
    }
    const members = units.slice(index, end);
    const previous = blocks.at(-1);
    const introduced = previous !== undefined && (previous.lines.at(-1)?.text.endsWith(':') ?? false);
    const { accept, certain } = acceptRun(opening.shape, members, introduced);
    if (!accept) {
      blocks.push({ kind: 'paragraph', lines: unit.lines });
      index += 1;
      continue;
    }
    run += 1;
    for (const member of members) blocks.push(toItem(member, run));
    const firstLine = members[0]?.lines[0];
    const lastLine = members.at(-1)?.lines.at(-1);
    if (firstLine && lastLine) {
      decisions.push(
        decide(
          firstLine.n,
          'list',
          `lines ${firstLine.n}–${lastLine.n}: ${members.length} ${SHAPE_NAMES[opening.shape]} (${quoteStart(firstLine.text)}) → list` +
            (certain ? '' : introduced ? '' : ' (no introducing line ending in ":")'),
          certain,
        ),
      );
    }
    index = end;
  }
  return blocks;
}

function toItem(unit: Unit, run: number): Block {
  const opening = openingFor(unit);
  const [first, ...rest] = unit.lines;
  if (!opening || !first) return { kind: 'paragraph', lines: unit.lines };
  const ordered = opening.shape === 'number';
  const list: ListMarker = ordered ? { run, ordered, number: opening.number ?? 1, delimiter: opening.delimiter ?? '.' } : { run, ordered };
  const stripped: SourceLine = { ...first, text: first.text.slice(opening.strip) };
  return { kind: 'list-item', lines: [stripped, ...rest], list };
}

/** Does a text open with a list marker (a bullet, or a dash or star followed by a space)? */
export function opensWithMarker(text: string): boolean {
  return STRONG_BULLET.test(text) || WEAK_BULLET.test(text);
}

/** Can a list start at this line of a wrapped paragraph: at its start, or after a line ending in a colon? */
function opensListAt(lines: readonly SourceLine[], index: number): boolean {
  return index === 0 || (lines[index - 1]?.text.endsWith(':') ?? false);
}
