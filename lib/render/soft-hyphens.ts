/**
 * Soft hyphens (U+00AD) in the long words of a German block, from the TeX patterns of the `hyphen`
 * package. `hyphens: auto` needs the browser's own hyphenation dictionary, which not every browser has
 * (Chromium on Linux fetches it on demand, some never do); without one, a long compound in a narrow
 * column (two columns on a phone) was broken anywhere, without a hyphen (“Ausbildungszentru|m”). A soft
 * hyphen is invisible unless the line breaks there. Not inside links (addresses). Returns a new tree.
 */
import type { Element, ElementContent } from 'hast';
import { hyphenateSync } from 'hyphen/de';

/** Shorter words fit the narrowest column (one of two on a 360 px phone) and wrap whole; fewer soft hyphens keep the page light (issue #11). */
const minWordLength = 14;

/**
 * The longest piece a word is cut into. A browser with a dictionary hyphenates the column itself
 * (`hyphens: auto`); the soft hyphens are the fallback for one without, and need only make every piece
 * narrower than a column: a word of up to 13 letters fits whole, so pieces of at most 12 do.
 */
const maxPiece = 12;

const softHyphen = '\u00AD';

/**
 * Of a hyphenated word's break points, few that cut it into pieces of at most `maxPiece` letters: the
 * points nearest an even division of the word, then, where the patterns' points are uneven and a piece
 * is still too long, the farthest point that keeps it short. A 16-letter word keeps one soft hyphen of
 * its five (So­wjet­re­pu­bli­ken → Sowjetre­publiken), a few hundred bytes a page. A piece with no
 * break point in it stays long: the patterns know no better place.
 */
export function fewestBreaks(word: string): string {
  const pieces = word.split(softHyphen);
  if (pieces.length < 2) return word;
  const whole = pieces.join('');
  const breaks: number[] = [];
  let offset = 0;
  for (const piece of pieces.slice(0, -1)) breaks.push((offset += piece.length));
  const nearest = (ideal: number) => breaks.reduce((best, candidate) => (Math.abs(candidate - ideal) < Math.abs(best - ideal) ? candidate : best));
  const cuts = Math.max(1, Math.ceil(whole.length / maxPiece) - 1);
  const even = new Set(Array.from({ length: cuts }, (_, index) => nearest((whole.length * (index + 1)) / (cuts + 1))));
  const kept: number[] = [];
  let from = 0;
  for (const to of [...[...even].sort((a, b) => a - b), whole.length]) {
    for (let cut = farthestWithin(breaks, from, to); to - from > maxPiece && cut !== undefined; cut = farthestWithin(breaks, from, to)) {
      kept.push(cut);
      from = cut;
    }
    if (to < whole.length) kept.push(to);
    from = to;
  }
  return kept.reduceRight((result, at) => `${result.slice(0, at)}${softHyphen}${result.slice(at)}`, whole);
}

/** The last break point after `from` and before `to` that leaves at most `maxPiece` letters since `from`. */
function farthestWithin(breaks: readonly number[], from: number, to: number): number | undefined {
  return breaks.filter((at) => at > from && at < to && at - from <= maxPiece).at(-1);
}

function hyphenate(text: string): string {
  return hyphenateSync(text, { minWordLength }).replace(/[^\s\u00AD]*\u00AD\S*/g, fewestBreaks);
}

function hyphenateChildren(children: ElementContent[]): ElementContent[] {
  return children.map((child): ElementContent => {
    if (child.type === 'text') return { type: 'text', value: hyphenate(child.value) };
    if (child.type === 'element' && child.tagName !== 'a') return { ...child, children: hyphenateChildren(child.children) };
    return child;
  });
}

export function softHyphens(element: Element): Element {
  return { ...element, children: hyphenateChildren(element.children) };
}
