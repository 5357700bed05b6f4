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
 * Of a hyphenated word's break points, the fewest that cut it into pieces of at most `maxPiece`
 * letters, each the point nearest an even division of the word: a 16-letter word keeps one soft
 * hyphen of its five (So­wjet­re­pu­bli­ken → Sowjetre­publiken), a few hundred bytes a page.
 */
export function fewestBreaks(word: string): string {
  const pieces = word.split(softHyphen);
  if (pieces.length < 2) return word;
  const whole = pieces.join('');
  const breaks: number[] = [];
  let offset = 0;
  for (const piece of pieces.slice(0, -1)) breaks.push((offset += piece.length));
  const cuts = Math.max(1, Math.ceil(whole.length / maxPiece) - 1);
  const kept = new Set<number>();
  for (let cut = 1; cut <= cuts; cut += 1) {
    const ideal = (whole.length * cut) / (cuts + 1);
    kept.add(breaks.reduce((best, candidate) => (Math.abs(candidate - ideal) < Math.abs(best - ideal) ? candidate : best)));
  }
  let result = '';
  let from = 0;
  for (const at of [...kept].sort((a, b) => a - b)) {
    result += `${whole.slice(from, at)}${softHyphen}`;
    from = at;
  }
  return result + whole.slice(from);
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
