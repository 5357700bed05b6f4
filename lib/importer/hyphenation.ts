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
  // Indexed once, so that a look-up costs the same whatever the size of the document: the words
  // that extend a form by up to MAX_ENDING letters are summed under each of their prefixes.
  const extending = new Map<string, number>();
  for (const [word, count] of counts) {
    for (let ending = 0; ending <= Math.min(MAX_ENDING, word.length); ending += 1) {
      const prefix = word.slice(0, word.length - ending);
      extending.set(prefix, (extending.get(prefix) ?? 0) + count);
    }
  }
  return {
    count(form: string): number {
      const key = form.toLowerCase();
      let total = extending.get(key) ?? 0;
      // Shorter words that the form extends (`amerikanischer` ~ `amerikanische`), at least four letters long.
      for (let ending = 1; ending <= MAX_ENDING && key.length - ending >= 4; ending += 1) {
        total += counts.get(key.slice(0, key.length - ending)) ?? 0;
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
  // Pieces joined once at the end: slicing a growing string would copy it at every hyphen.
  const pieces: string[] = [lines[0]?.text ?? ''];
  for (let index = 1; index < lines.length; index += 1) {
    const before = lines[index - 1];
    const after = lines[index];
    if (!before || !after) continue;
    const joint = judgeJoint(before, after, lexicon);
    if (joint.decision) decisions.push(joint.decision);
    if (joint.dropHyphen) pieces[pieces.length - 1] = (pieces.at(-1) ?? '').slice(0, -1);
    pieces.push(joint.separator, after.text);
  }
  return { text: pieces.join(''), decisions };
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
    return joined >= hyphenated ? drop(`both forms occur elsewhere; the joined one more often`, false) : keep(`both forms occur elsewhere; the hyphenated one more often`, false);
  }
  return drop('a syllable split, by the look of it; neither form occurs elsewhere in the document', false);
}
