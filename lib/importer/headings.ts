/**
 * Headings: a short line standing alone between blank lines, without a sentence's final punctuation,
 * and followed by body text; or a line that opens like `Mythos 1: …`, `Frage 2:` or `Kapitel 3`
 * (such a line may be long and may end in a period). Every heading found is reported with a
 * confidence, and so is a short line near the end that was left a paragraph (a signature or credit).
 */

import { NUMBERED_PART, endsSentence, lineStart, wordCount } from './german';
import { decide, quoteStart } from './report';
import type { Decision, TextBlock } from './types';

const MAX_NUMBERED_PART = 250;
const MAX_HEADING = 80;
const MAX_HEADING_WORDS = 12;
/** A heading this short, between a finished paragraph and a long one, is not in doubt. */
const SURE_HEADING_WORDS = 10;
/** Body text after a heading: at least this many words in the next block. */
const BODY_WORDS = 12;
/**
 * A short line with less than this many words of text after it is a closing line (signature,
 * credit), not the heading of a section.
 */
const MIN_SECTION_WORDS = 80;
/** …and at most this many blocks. */
const MAX_CLOSING_BLOCKS = 3;

/** Headings of sections that are often short and come last: never mistaken for a signature. */
const CLOSING_SECTIONS =
  /^(?:Fazit|Ausblick|Schluss|Schlussbemerkung(?:en)?|Schlussfolgerung(?:en)?|Zusammenfassung|Anmerkung(?:en)?|Fußnoten|Endnoten|Quellen|Literatur|Nachbemerkung|Nachtrag|Postskriptum)$/u;

export interface HeadingsResult {
  readonly blocks: TextBlock[];
  readonly decisions: Decision[];
}

/** Could the block be a heading by its own look (short, alone, no final punctuation)? */
function looksLikeHeading(block: TextBlock): boolean {
  const text = block.text;
  return (
    block.kind === 'paragraph' &&
    block.lines.length === 1 &&
    text.length <= MAX_HEADING &&
    wordCount(text) <= MAX_HEADING_WORDS &&
    !/[.,;:!?…]$/u.test(text) &&
    (lineStart(text) === 'upper' || lineStart(text) === 'digit') &&
    !/^[(*[]/u.test(text) &&
    !/(?:https?:\/\/|www\.)/u.test(text)
  );
}

function isNumberedPart(block: TextBlock): boolean {
  return block.kind === 'paragraph' && block.text.length <= MAX_NUMBERED_PART && NUMBERED_PART.test(block.text);
}

/**
 * A name-like short line near the end, followed only by a few short paragraphs, is a signature or a
 * credit (`Sozialistische Bewegung Kasachstans`), not a section heading. A list after it, or a usual
 * closing section name (`Fazit`), makes it a heading after all.
 */
function isClosingLine(blocks: readonly TextBlock[], index: number, wordsAfter: number): boolean {
  // Only the last few blocks can be closing lines: never copy the rest of a long text to find out.
  if (blocks.length - index - 1 > MAX_CLOSING_BLOCKS) return false;
  const rest = blocks.slice(index + 1);
  const text = blocks[index]?.text ?? '';
  return wordsAfter < MIN_SECTION_WORDS && rest.every((block) => block.kind === 'paragraph') && readsLikeName(text) && !CLOSING_SECTIONS.test(text);
}

/**
 * Every word capitalised, as in a name (`Sozialistische Bewegung Kasachstans`, `Anna Beispiel`);
 * a heading usually has a lower-case word in it (`Ursachen der Proteste`).
 */
function readsLikeName(text: string): boolean {
  return text.split(/\s+/u).every((word) => lineStart(word) !== 'lower');
}

/**
 * Find the headings among the blocks. `furniture` holds the line numbers of page numbers and running
 * heads: short lines standing alone that are never headings.
 */
export function findHeadings(blocks: readonly TextBlock[], furniture: ReadonlySet<number> = new Set()): HeadingsResult {
  const decisions: Decision[] = [];
  const wordsAfter: number[] = [];
  let total = 0;
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    wordsAfter[index] = total;
    total += wordCount(blocks[index]?.text ?? '');
  }

  const result: TextBlock[] = [];
  const judge = (block: TextBlock, index: number): TextBlock => {
    const next = blocks[index + 1];
    // The block before as already judged: a heading there means this line follows a finished unit.
    const previous = result[index - 1];
    const line = block.lines[0]?.n ?? 0;
    const shown = quoteStart(block.text, 10);
    if (!next) return block;

    if (isNumberedPart(block)) {
      const certain = /^\S+\s+\S+?[:.]?$/u.test(block.text) || /^\S+\s+(?:\d+|[IVXLC]+)\s*:/u.test(block.text);
      decisions.push(decide(line, 'heading', `${shown} → heading: opens like a numbered part ("Mythos 1:", "Frage 2:")`, certain));
      return { ...block, kind: 'heading' };
    }
    if (!looksLikeHeading(block) || furniture.has(line)) return block;

    if (isClosingLine(blocks, index, wordsAfter[index] ?? 0)) {
      decisions.push(
        decide(line, 'heading', `${shown} is a short line alone, but only ${wordsAfter[index] ?? 0} words follow: kept as a paragraph (a signature or closing line?)`, false),
      );
      return block;
    }
    const nextIsBody = next.kind === 'list-item' || (!looksLikeHeading(next) && wordCount(next.text) >= BODY_WORDS);
    const afterFinished = previous === undefined || previous.kind === 'heading' || endsSentence(previous.text) || previous.text.endsWith(':') || previous.kind === 'list-item';
    const certain = wordCount(block.text) <= SURE_HEADING_WORDS && nextIsBody && afterFinished;
    const doubts = [
      wordCount(block.text) > SURE_HEADING_WORDS ? 'long for a heading' : '',
      nextIsBody ? '' : 'not followed by body text',
      afterFinished ? '' : 'the paragraph before does not end a sentence',
    ].filter((doubt) => doubt !== '');
    decisions.push(decide(line, 'heading', `${shown} → heading: a short line alone without final punctuation${doubts.length > 0 ? ` (but ${doubts.join('; ')})` : ''}`, certain));
    return { ...block, kind: 'heading' };
  };
  blocks.forEach((block, index) => result.push(judge(block, index)));
  return { blocks: result, decisions };
}
