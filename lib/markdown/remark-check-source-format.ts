import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { hasLinkProtocol, linkProtocolList } from './link-protocols';

const unsupported: Record<string, string> = {
  html: 'raw HTML is not allowed in a text (write the content as plain Markdown; markup is added by the edition, never by the source)',
  code: 'code blocks are not part of the source format (write the passage as a paragraph)',
  inlineCode: 'inline code is not part of the source format (remove the backticks)',
  image: 'images are not part of the source format (describe the image in an editor’s note)',
  imageReference: 'images are not part of the source format (describe the image in an editor’s note)',
  thematicBreak: 'thematic breaks are not part of the source format (remove the line)',
  blockquote: 'block quotations are not part of the source format (keep the quotation marks of the source inside a paragraph)',
  table: 'tables are not part of the source format (write the rows as a list)',
  definition: 'link definitions are not part of the source format (write links inline as <https://…> or [text](https://…))',
  footnoteDefinition: 'footnotes are not part of the source format (use an editor’s note in annotations/)',
  footnoteReference: 'footnotes are not part of the source format (use an editor’s note in annotations/)',
  linkReference: 'reference links are not part of the source format (write links inline as <https://…> or [text](https://…))',
  break: 'hard line breaks are not part of the source format (a block is one line; start a new block instead)',
};

function report(file: VFile, node: Node, reason: string): void {
  const [message, hint] = splitHint(reason);
  const problem = file.message(message, node, 'source-format');
  problem.fatal = true;
  problem.note = hint;
}

function splitHint(reason: string): [string, string] {
  const open = reason.indexOf(' (');
  return open === -1 ? [reason, 'see README.md, “Source format”'] : [reason.slice(0, open), reason.slice(open + 2, -1)];
}

/**
 * Refuses every Markdown construct the source format does not have, and links with unsafe schemes,
 * so that nothing from a text file can reach a page as markup or script.
 */
export function remarkCheckSourceFormat() {
  return (tree: Root, file: VFile): void => {
    visit(tree, (node, _index, parent) => {
      const reason = unsupported[node.type];
      if (reason) {
        report(file, node, reason);
        return;
      }
      if (node.type === 'heading' && (node.depth < 2 || node.depth > 4)) {
        report(file, node, `a heading of level ${node.depth} (use ## to ####; the text's title lives in meta.yaml)`);
      }
      if (node.type === 'link' && !hasLinkProtocol(node.url)) {
        report(file, node, `a link to “${node.url}” (only ${linkProtocolList()} links are allowed)`);
      }
      if (node.type === 'list' && parent?.type === 'listItem') {
        report(file, node, 'a nested list (lists are one level deep; make the items blocks of their own)');
      }
      if (node.type === 'listItem') {
        const [first, ...rest] = node.children;
        if (first?.type !== 'paragraph' || rest.some((child) => child.type !== 'list')) {
          report(file, node, 'a list item with more than one paragraph (one item is one block: split it)');
        }
      }
    });
  };
}
