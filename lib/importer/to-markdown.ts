/**
 * Build the edition's Markdown: an mdast tree of the blocks, serialised with mdast-util-to-markdown
 * (so that escaping is right: `30\. September` at the start of a block, `\*` before a leading star),
 * one block per line, a blank line between blocks, tight lists, and the id marker ` {#pN}` at the end
 * of every block, numbered in reading order.
 *
 * Addresses in the text become links (`<https://…>`; a bare `www.…` links to `http://www.…`), as the
 * edition's source format asks. The words stay exactly those of the source.
 */

import type { Heading, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { TextBlock } from './types';

/**
 * `https://…`, `http://…`, `www.example.org/…` and e-mail addresses.
 *
 * An e-mail address starts where a run of its characters starts (the lookbehind): without that, a
 * long run with no `@` after it (a word of megabytes on one line) is read to its end from each of its
 * characters in turn, and the search takes quadratic time.
 */
const ADDRESS = /(?:https?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+\.[^\s<>"]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/gu;
/** Punctuation after an address that belongs to the sentence, not to the address. */
const TRAILING = /[.,;:!?'"“”‘’»«]$/u;

/**
 * Strip sentence punctuation and unbalanced closing brackets from the end of an address. The brackets
 * are counted once and the counts kept as the end moves back: linear however many there are.
 */
export function trimAddress(candidate: string): string {
  const open = { ')': count(candidate, '('), ']': count(candidate, '[') };
  const close = { ')': count(candidate, ')'), ']': count(candidate, ']') };
  let end = candidate.length;
  for (; end > 0; end -= 1) {
    const last = candidate[end - 1] ?? '';
    if (TRAILING.test(last)) continue;
    if (last !== ')' && last !== ']') break;
    if (open[last] >= close[last]) break;
    close[last] -= 1;
  }
  return candidate.slice(0, end);
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

function linkFor(address: string): Link {
  const url = address.includes('://') ? address : address.includes('@') && !address.startsWith('www.') ? `mailto:${address}` : `http://${address}`;
  return { type: 'link', url, children: [{ type: 'text', value: address }] };
}

/** The inline content of a block: text, with every address made a link. */
export function inlineContent(text: string): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const start = match.index;
    const address = trimAddress(match[0]);
    if (address.length < 5 || (address.includes('@') && address.startsWith('@'))) continue;
    if (start > last) children.push({ type: 'text', value: text.slice(last, start) });
    children.push(linkFor(address));
    last = start + address.length;
  }
  if (last < text.length) children.push({ type: 'text', value: text.slice(last) });
  return children;
}

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: inlineContent(text) };
}

/** The mdast tree of the blocks: paragraphs, level-2 headings, and one tight list per list run. */
export function blocksToTree(blocks: readonly TextBlock[]): Root {
  const children: RootContent[] = [];
  let openList: { run: number; node: List } | undefined;
  for (const block of blocks) {
    if (block.kind === 'list-item' && block.list) {
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(block.text)] };
      if (openList?.run === block.list.run) {
        openList.node.children.push(item);
        continue;
      }
      const node: List = {
        type: 'list',
        ordered: block.list.ordered,
        spread: false,
        ...(block.list.ordered ? { start: block.list.number ?? 1 } : {}),
        children: [item],
      };
      openList = { run: block.list.run, node };
      children.push(node);
      continue;
    }
    openList = undefined;
    if (block.kind === 'heading') {
      const heading: Heading = { type: 'heading', depth: 2, children: inlineContent(block.text) };
      children.push(heading);
    } else {
      children.push(paragraph(block.text));
    }
  }
  return { type: 'root', children };
}

/** Drop positions, so that two parses can be compared. */
function shape(tree: Root): string {
  return JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value));
}

/**
 * mdast-util-to-markdown escapes every `*` and `_` that could open emphasis anywhere. A lone star or
 * underscore inside a block cannot (`CSTO\*`), so its escape is noise: it is removed when the block
 * parses to the same tree without it. Where a block has two or more, all escapes stay — each could
 * pair with another once an editor changes the line. The escape of a block's first character always
 * stays: it is what keeps `*Fußnote` from being read as markup, and an editor should see it.
 */
export function minimiseEscapes(markdown: string): string {
  const contentStart = /^(?:#{1,6} |[-*+] |\d{1,9}[.)] )?/u.exec(markdown)?.[0].length ?? 0;
  let result = markdown;
  for (const character of ['*', '_']) {
    const escaped = `\\${character}`;
    const at = result.indexOf(escaped, contentStart + 1);
    const alone = count(markdown.slice(contentStart), character) === 1;
    if (at < 0 || !alone) continue;
    const candidate = result.slice(0, at) + result.slice(at + 1);
    if (shape(fromMarkdown(candidate)) === shape(fromMarkdown(result))) result = candidate;
  }
  return result;
}

/** The id of the n-th block (1-based): p1, p2, … */
export function blockId(n: number): string {
  return `p${n}`;
}

/**
 * Serialise the tree one block at a time (each list item on its own line) and append the id marker.
 * Two lists in a row get different bullets (`-`, then `*`), or Markdown would read them as one list.
 */
export function treeToMarkdown(tree: Root): { markdown: string; count: number } {
  const out: string[] = [];
  let n = 0;
  let previous: RootContent | undefined;
  const serialise = (node: RootContent, options: Parameters<typeof toMarkdown>[1]): string => minimiseEscapes(toMarkdown({ type: 'root', children: [node] }, options).trimEnd());

  for (const node of tree.children) {
    if (node.type === 'list') {
      const afterList = previous?.type === 'list' && previous.ordered === node.ordered;
      const items = node.children.map((item, index) => {
        const single: List = {
          ...node,
          ...(node.ordered ? { start: (node.start ?? 1) + index } : {}),
          children: [item],
        };
        n += 1;
        return `${serialise(single, {
          bullet: afterList ? '*' : '-',
          bulletOrdered: afterList ? ')' : '.',
          listItemIndent: 'one',
        })} {#${blockId(n)}}`;
      });
      out.push(items.join('\n'));
    } else {
      n += 1;
      out.push(`${serialise(node, {})} {#${blockId(n)}}`);
    }
    previous = node;
  }
  return { markdown: out.length > 0 ? `${out.join('\n\n')}\n` : '', count: n };
}
