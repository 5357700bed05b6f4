/**
 * Reflow: from source lines to paragraphs (groups of lines).
 *
 * Web extractions already have one paragraph per line. PDF extractions are hard-wrapped: consecutive
 * lines form a paragraph, a blank line ends it, and a longer run of blank lines (or a form feed)
 * marks a page break. A page break says nothing about paragraphs: it may fall inside a sentence.
 * So the importer judges each break by sentence continuity — does the text before it end a sentence,
 * does the text after it start in lower case? — and reports every such judgement.
 */

import { isShortLine } from './detect-extraction';
import { endsSentence, lineStart } from './german';
import { opensWithMarker } from './lists';
import type { NormalisedLine } from './normalise';
import { findPageFurniture, type FurnitureLine } from './page-furniture';
import { decide, quoteEnd, quoteStart } from './report';
import type { Block, Decision, ExtractionResult, LineGroup, SourceLine } from './types';

export interface ReflowResult {
  readonly groups: LineGroup[];
  readonly decisions: Decision[];
  /** Line numbers of the page numbers and running heads removed from the text. */
  readonly furniture: ReadonlySet<number>;
}

/** A run of consecutive text lines and the gap of blank lines before it. */
interface Run {
  readonly lines: SourceLine[];
  /** Blank lines before the run (0 when a form feed split two text lines). */
  readonly gap: number;
  /** A form feed stood at the start of the run. */
  readonly formFeed: boolean;
}

export function reflow(lines: readonly NormalisedLine[], extraction: ExtractionResult): ReflowResult {
  const found = findPageFurniture(lines);
  const decisions: Decision[] = [];
  // Furniture inside a paragraph goes at once; furniture standing alone still tells where a page broke.
  const text = lines.filter((line) => {
    const furniture = found.get(line.n);
    if (furniture?.inside) decisions.push(reportFurniture(furniture));
    return !furniture?.inside;
  });
  const furniture = new Set(found.keys());
  if (extraction.kind === 'web') {
    const groups = text.filter((line) => {
      const removed = found.get(line.n);
      if (removed) decisions.push(reportFurniture(removed));
      return line.text !== '' && !removed;
    });
    return { groups: groups.map((line) => ({ lines: [line] })), decisions, furniture };
  }
  const runs = splitRuns(text);
  const separator = usualGap(runs);
  const furnitureRuns = new Set(runs.filter((run) => run.lines.every((line) => furniture.has(line.n))));
  const groups: SourceLine[][] = [];
  // Page numbers and running heads met since the last text: removed, and the break judged across them.
  let pending: Run[] = [];
  const removePending = (): void => {
    for (const line of pending.flatMap((run) => run.lines)) {
      const removed = found.get(line.n);
      if (removed) decisions.push(reportFurniture(removed));
    }
    pending = [];
  };
  for (const run of runs) {
    if (furnitureRuns.has(run)) {
      pending.push(run);
      continue;
    }
    const current = groups.at(-1);
    if (!current) {
      removePending();
      groups.push([...run.lines]);
      continue;
    }
    // Judge the break across page numbers and running heads, from the text before to the text after.
    const across = pending.length > 0;
    const pageBreak = across || run.formFeed || run.gap > separator;
    const join = pageBreak ? judgePageBreak(current, run, extraction.measure, decisions, across) : judgeParagraphBreak(current, run, decisions);
    removePending();
    if (join) current.push(...run.lines);
    else groups.push([...run.lines]);
  }
  removePending();
  return {
    groups: groups.flatMap((group) => splitAtFootnotes(group, decisions)),
    decisions,
    furniture,
  };
}

/** `¹ Vgl. …`, `[2] Interview …`: a line that opens a footnote. */
const FOOTNOTE_START = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])\s/u;

/**
 * Footnotes set one under the other without blank lines are separate notes, not one paragraph:
 * a line that opens with a footnote mark starts a paragraph of its own.
 */
function splitAtFootnotes(group: readonly SourceLine[], decisions: Decision[]): LineGroup[] {
  const result: SourceLine[][] = [];
  group.forEach((line, index) => {
    const current = result.at(-1);
    if (current && index > 0 && FOOTNOTE_START.test(line.text)) {
      decisions.push(decide(line.n, 'line-break', `${quoteStart(line.text)} opens with a footnote mark: new paragraph`, true));
      result.push([line]);
    } else if (current) current.push(line);
    else result.push([line]);
  });
  return result.map((lines) => ({ lines }));
}

function reportFurniture(line: FurnitureLine): Decision {
  return decide(
    line.n,
    'page-furniture',
    `line ${line.n} "${line.text}" is a ${line.kind}${line.inside ? ' inside a paragraph' : ''}` +
      (line.kind === 'page number' ? '' : ' (it recurs like the furniture of every page)') +
      ': removed as extraction damage; restore it by hand if it is part of the text',
    line.kind === 'page number',
  );
}

/** Split the source into runs of text lines, remembering the blank lines before each run. */
function splitRuns(lines: readonly NormalisedLine[]): Run[] {
  const runs: Run[] = [];
  let gap = 0;
  let current: SourceLine[] | undefined;
  for (const line of lines) {
    if (line.text === '') {
      gap += 1;
      current = undefined;
      if (line.pageBreakBefore) gap = Number.POSITIVE_INFINITY;
      continue;
    }
    if (!current || line.pageBreakBefore) {
      current = [line];
      runs.push({ lines: current, gap: line.pageBreakBefore ? Math.max(gap, 1) : gap, formFeed: line.pageBreakBefore });
      gap = 0;
    } else {
      current.push(line);
    }
  }
  return runs;
}

/** Below this many gaps the most frequent one says nothing: assume one blank line between paragraphs. */
const MIN_GAPS_FOR_MODE = 3;

/** The number of blank lines that usually separates paragraphs (the most frequent gap). */
function usualGap(runs: readonly Run[]): number {
  const counts = new Map<number, number>();
  const gaps = runs.slice(1).filter((run) => Number.isFinite(run.gap));
  if (gaps.length < MIN_GAPS_FOR_MODE) return 1;
  for (const run of gaps) counts.set(run.gap, (counts.get(run.gap) ?? 0) + 1);
  let best = 1;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) {
      best = gap;
      bestCount = count;
    }
  }
  return best;
}

/** Where the blank lines of a break are, for the report: `lines 44–47 blank`. */
function gapDescription(before: SourceLine, after: SourceLine, furniture = false): string {
  const first = before.n + 1;
  const last = after.n - 1;
  if (last < first) return `form feed before line ${after.n}`;
  const what = furniture ? 'blank but for a page number or running head' : 'blank';
  return first === last ? `line ${first} ${what}` : `lines ${first}–${last} ${what}`;
}

/**
 * A page break: join the two sides when the sentence runs on, start a new paragraph when it ended.
 * Returns true to join. Every page break is reported.
 */
function judgePageBreak(group: readonly SourceLine[], run: Run, measure: number, decisions: Decision[], furniture: boolean): boolean {
  const before = group.at(-1);
  const after = run.lines[0];
  if (!before || !after) return false;
  const where = `page break (${gapDescription(before, after, furniture)}) between ${quoteEnd(before.text)} and ${quoteStart(after.text)}`;
  const report = (join: boolean, why: string, certain: boolean): boolean => {
    decisions.push(decide(before.n, 'page-break', `${where}: ${join ? 'joined' : 'new paragraph'} — ${why}`, certain));
    return join;
  };
  const ends = endsSentence(before.text);
  const start = lineStart(after.text);
  const short = isShortLine(before, measure);

  if (opensWithMarker(after.text)) return report(false, 'the next page opens with a list item', true);
  if (/[\p{L}\d]-$/u.test(before.text)) return report(true, 'a word is hyphenated across the break (see the hyphen decision)', true);
  if (ends) {
    if (start === 'lower' || start === 'continuation') {
      return report(true, 'the text before looks like a sentence end, but the next page continues in lower case', false);
    }
    return short
      ? report(false, 'the sentence ended and its line is short', true)
      : report(false, 'the sentence ended at a full line; the paragraph may continue on the next page', false);
  }
  if (group.length === 1 && short && start !== 'lower') {
    return report(false, 'the line before is a short line standing alone (a heading?)', true);
  }
  if (start === 'lower' || start === 'continuation') return report(true, 'the sentence continues on the next page', true);
  if (short) {
    return report(false, 'no sentence end before the break, but the line is short and the next page starts with a capital', false);
  }
  return report(true, `no sentence end before the break; the next page starts with ${start === 'digit' ? 'a number' : 'a capital (a noun?)'}`, false);
}

/**
 * An ordinary blank line ends a paragraph — unless the sentence plainly runs on into lower case,
 * which happens where an extraction lost a page break's extra blank lines.
 */
function judgeParagraphBreak(group: readonly SourceLine[], run: Run, decisions: Decision[]): boolean {
  const before = group.at(-1);
  const after = run.lines[0];
  if (!before || !after) return false;
  const hyphenated = /\p{Ll}-$/u.test(before.text) && lineStart(after.text) === 'lower';
  const runsOn = !endsSentence(before.text) && !before.text.endsWith(':') && lineStart(after.text) === 'lower';
  if (!hyphenated && !runsOn) return false;
  decisions.push(
    decide(
      before.n,
      'page-break',
      `blank line (${gapDescription(before, after)}) inside a sentence, between ${quoteEnd(before.text)} and ${quoteStart(after.text)}: joined — the next line continues in lower case`,
      false,
    ),
  );
  return true;
}

/**
 * Lines inside one block where a sentence ends at the line end and the next line starts a new
 * sentence. They stay in one paragraph (there is no blank line), but a short line there suggests a
 * paragraph end that the extraction lost, so those are marked for the editor.
 */
export function lineBreakDecisions(blocks: readonly Block[], measure: number): Decision[] {
  const decisions: Decision[] = [];
  for (const block of blocks) {
    block.lines.forEach((line, index) => {
      const next = block.lines[index + 1];
      if (!next || next.n !== line.n + 1) return;
      if (!endsSentence(line.text) || lineStart(next.text) === 'lower' || lineStart(next.text) === 'continuation') return;
      const short = isShortLine(line, measure);
      decisions.push(
        decide(
          line.n,
          'line-break',
          `a sentence ends at the line end (${quoteEnd(line.text, 3)}) and line ${next.n} starts a new one (${quoteStart(next.text, 3)}) without a blank line: kept in one paragraph` +
            (short ? '; the line is short, so the paragraph may end here' : ''),
          !short,
        ),
      );
    });
  }
  return decisions;
}
