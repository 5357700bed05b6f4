import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { Reference, ReferenceError } from '@/contract/reference';
import { hasLinkProtocol, linkProtocolList } from './link-protocols';
import { textLinkScheme } from './remark-text-links';

export interface CheckProseOptions {
  /** Block ids (and redirected ids) of every text, by slug, to check `text:` links against. */
  blocks: ReadonlyMap<string, ReadonlySet<string>>;
}

function report(file: VFile, node: Node, message: string, hint: string): void {
  const problem = file.message(message, node, 'prose');
  problem.fatal = true;
  problem.note = hint;
}

/**
 * Editorial prose (notes, glosses, edition notes) is Markdown without markup of its own: raw HTML,
 * images and links other than http(s), mailto and `text:` references are refused, and every `text:`
 * reference must name an existing text and block.
 */
export function remarkCheckProse(options: CheckProseOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree, (node) => {
      if (node.type === 'html') report(file, node, `raw HTML in editorial prose: ${node.value.slice(0, 60)}`, 'write plain Markdown; the edition adds all markup');
      if (node.type === 'image' || node.type === 'imageReference') report(file, node, 'an image in editorial prose', 'describe it in words');
      if (node.type !== 'link') return;
      if (node.url.startsWith(textLinkScheme)) {
        try {
          const reference = Reference.parse(node.url.slice(textLinkScheme.length));
          const ids = options.blocks.get(reference.slug);
          if (!ids) report(file, node, `a link to unknown text “${reference.slug}”`, `use one of ${[...options.blocks.keys()].join(', ')}`);
          for (const id of [reference.range?.from, reference.range?.to]) {
            if (ids && id && !ids.has(id)) report(file, node, `a link to block ${id}, which ${reference.slug} does not have`, 'use an existing block id');
          }
        } catch (cause) {
          if (!(cause instanceof ReferenceError)) throw cause;
          report(file, node, cause.message, 'write text:<slug>#p12 or text:<slug>#p12-p14');
        }
      } else if (!hasLinkProtocol(node.url)) {
        report(file, node, `a link to “${node.url}”`, `only ${linkProtocolList('text')} links are allowed`);
      }
    });
  };
}
