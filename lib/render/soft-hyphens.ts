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

function hyphenateChildren(children: ElementContent[]): ElementContent[] {
  return children.map((child): ElementContent => {
    if (child.type === 'text') return { type: 'text', value: hyphenateSync(child.value, { minWordLength }) };
    if (child.type === 'element' && child.tagName !== 'a') return { ...child, children: hyphenateChildren(child.children) };
    return child;
  });
}

export function softHyphens(element: Element): Element {
  return { ...element, children: hyphenateChildren(element.children) };
}
