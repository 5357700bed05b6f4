/**
 * Join the lines of a block into running text, undoing line-end hyphens only where a word was split.
 *
 * Three cases, from the surest to the least sure:
 * - `Nord- ` + `und Ostkasachstans`: a suspended hyphen (the next word is und/oder/bis/sowie …);
 *   hyphen and space both stay.
 * - `US-` + `amerikanische`: a hyphenated compound; the hyphen stays and the parts close up. Sure when
 *   a capital or a digit stands before the hyphen or the next part starts with a capital (German
 *   syllable splits never do), or when the hyphenated form occurs elsewhere in the document.
 * - `Ver-` + `sammlung`: a syllable split; the hyphen goes. Sure only when the joined word occurs
 *   elsewhere in the document; otherwise the importer still joins, but marks the decision.
 */

import { lineStart, startsWithSuspensionWord } from './german';
import { decide, quoteStart } from './report';
import type { Decision, SourceLine } from './types';

/** How often each word form occurs in the document (lower case, outer punctuation removed). */
export interface Lexicon {
  /** Occurrences of the form, counting inflected forms that differ only in a short ending. */
  count(form: string): number;
}

/** Outer punctuation of a token: quotation marks, brackets, sentence punctuation. */
const OUTER_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu;
/** Letters an inflected form may add or lose (`amerikanische` ~ `amerikanischer`). */
const MAX_ENDING = 3;
const URL_TOKEN = /^(?:\S*:\/\/|www\.)\S+$/u;

function wordKey(token: string): string {
  return token.replace(OUTER_PUNCTUATION, '').toLowerCase();
}

/**
 * Collect the document's word forms. The pieces of words split at a line end are left out: they
 * are what the lexicon is asked about.
 */
export function buildLexicon(lines: readonly SourceLine[]): Lexicon {
  const counts = new Map<string, number>();
  lines.forEach((line, index) => {
    const tokens = line.text.split(' ').filter((token) => token !== '');
    const splitAtEnd = /[\p{L}\d]-$/u.test(line.text);
    const previous = lines[index - 1];
    const splitAtStart = previous !== undefined && /[\p{L}\d]-$/u.test(previous.text);
    tokens.forEach((token, position) => {
      if (splitAtEnd && position === tokens.length - 1) return;
      if (splitAtStart && position === 0) return;
      const key = wordKey(token);
      if (key.length > 0) counts.set(key, (counts.get(key) ?? 0) + 1);
    });
  });
  return {
    count(form: string): number {
      const key = form.toLowerCase();
      let total = 0;
      for (const [word, count] of counts) {
        const related =
          word === key ||
          (word.startsWith(key) && word.length - key.length <= MAX_ENDING) ||
          (key.startsWith(word) && key.length - word.length <= MAX_ENDING && word.length >= 4);
        if (related) total += count;
      }
      return total;
    },
  };
}

/** How two lines are put together, and the decision about it if there was one to take. */
interface Joint {
  readonly separator: string;
  /** Remove the line-end hyphen of the first line. */
  readonly dropHyphen: boolean;
  readonly decision?: Decision;
}

/** Join a block's lines into one line of text, reporting every line-end hyphen. */
export function joinLines(lines: readonly SourceLine[], lexicon: Lexicon): { text: string; decisions: Decision[] } {
  const decisions: Decision[] = [];
  let text = lines[0]?.text ?? '';
  for (let index = 1; index < lines.length; index += 1) {
    const before = lines[index - 1];
    const after = lines[index];
    if (!before || !after) continue;
    const joint = judgeJoint(before, after, lexicon);
    if (joint.decision) decisions.push(joint.decision);
    text = (joint.dropHyphen ? text.slice(0, -1) : text) + joint.separator + after.text;
  }
  return { text, decisions };
}

function judgeJoint(before: SourceLine, after: SourceLine, lexicon: Lexicon): Joint {
  const tokens = before.text.split(' ');
  const stem = tokens.at(-1) ?? '';
  const nextToken = after.text.split(' ')[0] ?? '';

  if (URL_TOKEN.test(stem)) {
    // An address that ends the line may continue on the next one; the space stays, the editor decides.
    if (/[/\-_=?&.#%]$/.test(stem)) {
      return {
        separator: ' ',
        dropHyphen: false,
        decision: decide(before.n, 'line-break', `the address ${stem} ends the line and may continue on line ${after.n} (${quoteStart(after.text, 1)}): kept apart`, false),
      };
    }
    return { separator: ' ', dropHyphen: false };
  }
  if (!/[\p{L}\d]-$/u.test(stem)) return { separator: ' ', dropHyphen: false };

  const part = stem.replace(/^[^\p{L}\p{N}]+/u, '');
  const core = part.slice(0, -1);
  // The next line's first word as written (for the report); look-ups ignore case.
  const rest = nextToken.replace(OUTER_PUNCTUATION, '');
  const shown = `"${part}" + ${quoteStart(after.text, 2)}`;
  const keep = (why: string, certain: boolean): Joint => ({
    separator: '',
    dropHyphen: false,
    decision: decide(before.n, 'hyphen', `${shown} → "${core}-${rest}": hyphen kept — ${why}`, certain),
  });
  const drop = (why: string, certain: boolean): Joint => ({
    separator: '',
    dropHyphen: true,
    decision: decide(before.n, 'hyphen', `${shown} → "${core}${rest}": hyphen removed — ${why}`, certain),
  });

  if (startsWithSuspensionWord(after.text)) {
    return {
      separator: ' ',
      dropHyphen: false,
      decision: decide(before.n, 'hyphen', `${shown} → "${part} ${nextToken}": suspended hyphen, hyphen and space kept`, true),
    };
  }
  if (/[\p{Lu}\d]$/u.test(core)) return keep('a capital or digit stands before the hyphen (abbreviation or number)', true);
  const start = lineStart(after.text);
  if (start === 'upper') return keep('the next part starts with a capital (a hyphenated compound)', true);
  if (start !== 'lower') return keep('the next line does not continue a word', false);

  const hyphenated = lexicon.count(`${core}-${rest}`);
  const joined = lexicon.count(`${core}${rest}`);
  if (hyphenated > 0 && joined === 0) return keep(`"${core}-${rest}" occurs elsewhere in the document`, true);
  if (joined > 0 && hyphenated === 0) return drop(`"${core}${rest}" occurs elsewhere in the document`, true);
  if (joined > 0 && hyphenated > 0) {
    return joined >= hyphenated
      ? drop(`both forms occur elsewhere; the joined one more often`, false)
      : keep(`both forms occur elsewhere; the hyphenated one more often`, false);
  }
  return drop('a syllable split, by the look of it; neither form occurs elsewhere in the document', false);
}
