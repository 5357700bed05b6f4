/**
 * A marked glossary term is a `<button>`, and a browser lays a button out as one unbreakable box with
 * a line-break opportunity on either side: “(” | “Chevron”, “Kasachstan” | “.”. This binds the
 * punctuation that touches a marked term (an opening bracket or quote before it; closing brackets,
 * quotes and stops after it, and a note marker right after it) to the term in a
 * `<span class="nobr">`, so that no line starts or ends between them. Returns a new tree.
 */
import type { Element, ElementContent } from 'hast';

const before = /[([{„“‚‘«»‹›"'¿¡]+$/u;
const after = /^[)\]}“”‘’«»‹›"'.,;:!?…%]+/u;

function isMarkedTerm(node: Element): boolean {
  return node.properties.dataTerm !== undefined && node.properties.dataMarked !== undefined;
}

function isNoteMarker(node: ElementContent | undefined): node is Element {
  return node?.type === 'element' && node.properties.dataNoteMarker !== undefined;
}

function bindChildren(children: ElementContent[]): ElementContent[] {
  const result: ElementContent[] = [];
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    if (!child) continue;
    if (child.type !== 'element') {
      result.push(child);
      continue;
    }
    if (!isMarkedTerm(child)) {
      result.push({ ...child, children: bindChildren(child.children) });
      continue;
    }
    const bound: ElementContent[] = [child];
    const previous = result.at(-1);
    const opening = previous?.type === 'text' ? before.exec(previous.value)?.[0] : undefined;
    if (previous?.type === 'text' && opening) {
      result.pop();
      const rest = previous.value.slice(0, previous.value.length - opening.length);
      if (rest) result.push({ type: 'text', value: rest });
      bound.unshift({ type: 'text', value: opening });
    }
    let next = children[index + 1];
    if (isNoteMarker(next)) {
      bound.push(next);
      index += 1;
      next = children[index + 1];
    }
    const closing = next?.type === 'text' ? after.exec(next.value)?.[0] : undefined;
    if (next?.type === 'text' && closing) {
      bound.push({ type: 'text', value: closing });
      index += 1;
      const rest = next.value.slice(closing.length);
      if (rest) result.push(...(bound.length > 1 ? [wrap(bound)] : bound), { type: 'text', value: rest });
      else result.push(wrap(bound));
      continue;
    }
    result.push(...(bound.length > 1 ? [wrap(bound)] : bound));
  }
  return result;
}

function wrap(children: ElementContent[]): Element {
  return { type: 'element', tagName: 'span', properties: { className: ['nobr'] }, children };
}

export function bindPunctuation(element: Element): Element {
  return { ...element, children: bindChildren(element.children) };
}
