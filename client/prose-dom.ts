/**
 * The compact prose trees of the reader's annotations file (lib/render/compact-hast.ts) as DOM
 * nodes, never through HTML strings. The trees are the edition's own, sanitised at build time; this
 * still builds only the elements and attributes prose can have.
 */
import type { ProseNode } from '@/lib/client/reader-annotations';

const tags = new Set(['p', 'a', 'em', 'strong', 'code', 'cite', 'span', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'br', 'q']);
const safeHref = /^(https?:|mailto:|\/|#)/i;

function allowed(name: string, value: string): boolean {
  if (name === 'href') return safeHref.test(value);
  return name === 'class' || name === 'rel' || name === 'lang' || name === 'start' || name.startsWith('data-');
}

function toDom(node: ProseNode): Node | undefined {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  if (!tags.has(tag)) return undefined;
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (allowed(name, value)) created.setAttribute(name, value);
  created.append(...proseNodes(children));
  return created;
}

export function proseNodes(nodes: readonly ProseNode[]): Node[] {
  return nodes.flatMap((node) => toDom(node) ?? []);
}

/** Whether the prose is more than one paragraph's inline content (then it needs a `<div>`, not a `<p>`). */
export function isBlockProse(nodes: readonly ProseNode[]): boolean {
  return nodes.some((node) => typeof node !== 'string' && ['p', 'ul', 'ol', 'h2', 'h3', 'h4'].includes(node[0]));
}
