import type { Element, Root } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { SourceBlock } from './block';
import { blocksToHast } from './blocks-to-hast';
import { sourceSanitizeSchema } from './sanitize-schema';

/** Links to other sites never hand the edition's window or address to them. */
export const externalLinkOptions = { rel: ['noopener', 'noreferrer'], protocols: ['http', 'https'] };

const processor = unified().use(rehypeSanitize, sourceSanitizeSchema).use(rehypeExternalLinks, externalLinkOptions);

/** The blocks of one version as sanitised hast elements, by block id. */
export function versionToHast(blocks: readonly SourceBlock[], path: string): Map<string, Element> {
  const tree = processor.runSync(blocksToHast(blocks), new VFile({ path })) as Root;
  const elements = new Map<string, Element>();
  for (const node of tree.children) {
    if (node.type === 'element' && typeof node.properties.dataBlock === 'string') {
      elements.set(node.properties.dataBlock, node);
    }
  }
  return elements;
}
