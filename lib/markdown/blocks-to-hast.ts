import type { Element, ElementContent, Root } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import type { SourceBlock } from './block';

function tagName(block: SourceBlock): string {
  if (block.kind === 'heading') return `h${block.depth ?? 2}`;
  if (block.kind === 'item') return 'li';
  return 'p';
}

/**
 * Runs of ASCII whitespace (a soft line break among them) read as one space, as a browser shows them;
 * no-break and narrow no-break spaces are the text's own and stay.
 */
function normaliseWhitespace(nodes: ElementContent[]): ElementContent[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { ...node, value: node.value.replace(/[ \t\n\r\f]+/g, ' ') };
    if (node.type === 'element') return { ...node, children: normaliseWhitespace(node.children) };
    return node;
  });
}

/** One block as a hast element marked `data-block="<id>"`; its text (block-text.ts) is the block's `text`. */
export function blockToHast(block: SourceBlock): Element {
  const inline = toHast({ type: 'paragraph', children: block.children });
  const content: ElementContent[] = inline.type === 'element' ? normaliseWhitespace(inline.children) : [];
  return { type: 'element', tagName: tagName(block), properties: { dataBlock: block.id }, children: content };
}

/**
 * One hast element per block, in reading order, so that later plugins know which block a node belongs
 * to and the reader can place each block in its row.
 */
export function blocksToHast(blocks: readonly SourceBlock[]): Root {
  return { type: 'root', children: blocks.map(blockToHast) };
}
