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
import { NUMBERED_PART, endsSentence, lineStart } from './german';
import { opensWithMarker } from './lists';
import type { NormalisedLine } from './normalise';
import { decide, quoteEnd, quoteStart } from './report';
import type { Block, Decision, ExtractionResult, LineGroup, SourceLine } from './types';

export interface ReflowResult {
  readonly groups: LineGroup[];
  readonly decisions: Decision[];
  /** Line numbers of page numbers and running heads (kept in the text, but never headings). */
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

/** A line that is only a page number: `12`, `- 12 -`, `Seite 12`, `12/40`, `Seite 12 von 40`. */
const PAGE_NUMBER = /^(?:(?:Seite|S\.|Page)\s*)?\d{1,4}(?:\s*(?:\/|von|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/iu;
/** A standalone line repeated this often is a running header or footer. */
const RUNNING_HEAD_REPEATS = 3;

export function reflow(lines: readonly NormalisedLine[], extraction: ExtractionResult): ReflowResult {
  if (extraction.kind === 'web') {
    return { groups: lines.filter((line) => line.text !== '').map((line) => ({ lines: [line] })), decisions: [], furniture: new Set() };
  }
  const runs = splitRuns(lines);
  const separator = usualGap(runs);
  const furniture = findPageFurniture(runs);
  const decisions: Decision[] = [];
  const groups: SourceLine[][] = [];
  // Page numbers and running heads met since the last text: judged through, then placed.
  let pending: Run[] = [];
  const placeApart = (): void => {
    for (const run of pending) {
      reportFurniture(run, false, decisions);
      groups.push([...run.lines]);
    }
    pending = [];
  };
  for (const run of runs) {
    if (furniture.has(run)) {
      pending.push(run);
      continue;
    }
    const current = groups.at(-1);
    if (!current) {
      placeApart();
      groups.push([...run.lines]);
      continue;
    }
    // Judge the break across page numbers and running heads, from the text before to the text after.
    const across = pending.length > 0;
    const pageBreak = across || run.formFeed || run.gap > separator;
    const join = pageBreak
      ? judgePageBreak(current, run, extraction.measure, decisions, across)
      : judgeParagraphBreak(current, run, decisions);
    if (join) {
      for (const furnitureRun of pending) reportFurniture(furnitureRun, true, decisions);
      current.push(...pending.flatMap((furnitureRun) => furnitureRun.lines), ...run.lines);
      pending = [];
    } else {
      placeApart();
      groups.push([...run.lines]);
    }
  }
  placeApart();
  return {
    groups: groups.flatMap((group) => splitAtFootnotes(group, decisions)),
    decisions,
    furniture: new Set([...furniture].map((run) => run.lines[0]?.n ?? 0)),
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

/**
 * Page numbers and running heads: single lines standing alone that are only a number, or that
 * recur three times or more. They are words of the source and stay, but they must not decide
 * whether a sentence runs on across the page break.
 */
function findPageFurniture(runs: readonly Run[]): Set<Run> {
  const standalone = runs.slice(1).filter((run) => run.lines.length === 1);
  // A running head often carries the page number: `Titel 3`, `Titel 4` are the same head.
  const key = (run: Run): string => (run.lines[0]?.text ?? '').replace(/\d+/gu, '#');
  const repeats = new Map<string, number>();
  for (const run of standalone) repeats.set(key(run), (repeats.get(key(run)) ?? 0) + 1);
  return new Set(
    standalone.filter((run) => {
      const text = run.lines[0]?.text ?? '';
      const count = repeats.get(key(run)) ?? 0;
      // A number at the start or end, where page numbers stand; `Frage 2:` or `Kapitel 3` is a heading.
      const numbered = /^\d{1,4}\s|\s\d{1,4}$/u.test(text) && !NUMBERED_PART.test(text);
      const exact = standalone.filter((other) => other.lines[0]?.text === text).length;
      return PAGE_NUMBER.test(text) || exact >= RUNNING_HEAD_REPEATS || (numbered && count >= 2);
    }),
  );
}

function reportFurniture(run: Run, joined: boolean, decisions: Decision[]): void {
  const line = run.lines[0];
  if (!line) return;
  decisions.push(
    decide(
      line.n,
      'page-break',
      `line ${line.n} "${line.text}" looks like a page number or running head: ` +
        (joined
          ? 'kept where it stands, inside the joined paragraph; delete it by hand if it is not part of the text'
          : 'kept as a paragraph of its own; delete it by hand if it is not part of the text'),
      false,
    ),
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
function judgePageBreak(
  group: readonly SourceLine[],
  run: Run,
  measure: number,
  decisions: Decision[],
  furniture: boolean,
): boolean {
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
  return report(
    true,
    `no sentence end before the break; the next page starts with ${start === 'digit' ? 'a number' : 'a capital (a noun?)'}`,
    false,
  );
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
