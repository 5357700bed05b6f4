/**
 * An occurrence of a glossary entry that the marking policy leaves unmarked (`<span data-term>`
 * without `data-marked`) is plain text on the page: this unwraps it, so that it joins the text around
 * it (one text node, not three, which React would part with `<!-- -->`). Returns a new tree.
 */
import type { Element, ElementContent } from 'hast';

function isUnmarked(node: Element): boolean {
  return node.properties.dataTerm !== undefined && node.properties.dataMarked === undefined;
}

function unwrap(children: readonly ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    const inner = unwrap(child.children);
    if (isUnmarked(child)) return inner;
    const kept: Element = { ...child, children: inner };
    return [kept];
  });
}

export function unmarkedAsText(element: Element): Element {
  return { ...element, children: unwrap(element.children) };
}
