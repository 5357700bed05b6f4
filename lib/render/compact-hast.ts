/**
 * Sanitised prose (a gloss, a note body, a note's sources) as a compact JSON tree that the reader's
 * script turns into elements without HTML strings (client/prose-dom.ts): a string is text, an array
 * `[tag, attributes, ...children]` an element. Attribute names are HTML's (`class`, `data-label`).
 */
import type { ElementContent, Nodes, Properties, RootContent } from 'hast';
import type { ProseNode } from '../client/reader-annotations';

/** A hast property name as its HTML attribute (`className` → `class`, `dataLabelDe` → `data-label-de`). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (/^data[A-Z]/.test(property))
    return `data-${property
      .slice(4)
      .replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
      .replace(/^-/, '')}`;
  return property.toLowerCase();
}

function attributes(properties: Properties): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [property, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    result[attributeName(property)] = Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value);
  }
  return result;
}

function compactNode(node: ElementContent | RootContent): ProseNode[] {
  if (node.type === 'text') return node.value ? [node.value] : [];
  if (node.type !== 'element') return [];
  return [[node.tagName, attributes(node.properties), ...compactChildren(node.children)]];
}

/** Children with neighbouring texts joined: fewer strings, the same text. */
function compactChildren(children: readonly (ElementContent | RootContent)[]): ProseNode[] {
  const result: ProseNode[] = [];
  for (const child of children.flatMap(compactNode)) {
    const last = result.at(-1);
    if (typeof child === 'string' && typeof last === 'string') result[result.length - 1] = last + child;
    else result.push(child);
  }
  return result;
}

/** A tree's content (a root's or an element's children) as compact nodes; a lone paragraph is unwrapped. */
export function compactHast(tree: Nodes): ProseNode[] {
  if (tree.type !== 'root' && tree.type !== 'element') return tree.type === 'text' ? [tree.value] : [];
  const blocks = tree.children.filter((node) => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''));
  const [only] = blocks;
  if (tree.type === 'root' && blocks.length === 1 && only?.type === 'element' && only.tagName === 'p') return compactChildren(only.children);
  return compactChildren(tree.children.filter((node) => node.type !== 'text' || node.value.trim() !== '' || tree.type === 'element'));
}
