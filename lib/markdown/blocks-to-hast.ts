import type { Element, ElementContent, Root } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import type { SourceBlock } from './block';

function tagName(block: SourceBlock): string {
  if (block.kind === 'heading') return `h${block.depth ?? 2}`;
  if (block.kind === 'item') return 'li';
  return 'p';
}

/**
 * One hast element per block, in reading order, each marked `data-block="<id>"`, so that later
 * plugins know which block a node belongs to and the reader can place each block in its row.
 */
export function blocksToHast(blocks: readonly SourceBlock[]): Root {
  const children: Element[] = blocks.map((block) => {
    const inline = toHast({ type: 'paragraph', children: block.children });
    const content: ElementContent[] = inline.type === 'element' ? inline.children : [];
    return { type: 'element', tagName: tagName(block), properties: { dataBlock: block.id }, children: content };
  });
  return { type: 'root', children };
}
