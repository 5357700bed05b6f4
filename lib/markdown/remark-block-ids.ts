import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Node } from 'unist';
import { blockIdPattern } from '@/contract/ids';
import type { BlockList, SourceBlock } from './block';

/** The editor's id marker at the end of a block: `… letzter Satz. {#p12}`. */
const trailingMarker = /[ \t]*\{#([^{}]*)\}[ \t]*$/;
const anyMarker = /\{#[^{}]*\}/;

function fail(file: VFile, node: Node, message: string, hint: string): void {
  const problem = file.message(message, node, 'block-ids');
  problem.fatal = true;
  problem.note = hint;
}

/** Removes the marker from the block's last text node and returns the id it named. */
function takeMarker(children: PhrasingContent[]): string | undefined {
  const last = children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = trailingMarker.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  if (last.value === '') children.pop();
  return match[1];
}

function containsMarker(children: PhrasingContent[]): boolean {
  return children.some((child) => (child.type === 'text' && anyMarker.test(child.value)) || ('children' in child && containsMarker(child.children as PhrasingContent[])));
}

function isBlank(children: PhrasingContent[]): boolean {
  return children.every((child) => child.type === 'text' && child.value.trim() === '');
}

/**
 * Reads the `{#id}` marker the editor put at the end of every heading, paragraph and list item,
 * strips it from the content and records the blocks, in reading order, on `file.data.blocks`.
 * A block without a valid id, a duplicate id, an empty block or a marker in the middle of a block
 * is reported on the file with its line.
 */
export function remarkBlockIds() {
  return (tree: Root, file: VFile): void => {
    const blocks: SourceBlock[] = [];
    const seen = new Map<string, number>();

    const add = (node: Heading | Paragraph, kind: SourceBlock['kind'], extra: Partial<SourceBlock> = {}): void => {
      const line = node.position?.start.line ?? 0;
      const id = takeMarker(node.children);
      if (id === undefined) {
        fail(file, node, `this ${kind} has no id`, 'end the block with an id marker such as {#p12}; take the next free number, never reuse one');
        return;
      }
      if (!blockIdPattern.test(id)) {
        fail(file, node, `“${id}” is not a valid block id`, 'ids are a lowercase letter, digits and at most one more letter, e.g. p12 or p12a; never a hyphen');
        return;
      }
      if (containsMarker(node.children)) {
        fail(file, node, `block ${id} has a second id marker inside its text`, 'a block has exactly one id, at its end; split the block if it holds two');
      }
      if (isBlank(node.children)) {
        fail(file, node, `block ${id} is empty`, 'write the block’s text before its id, or delete the line');
      }
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        fail(file, node, `id ${id} is used twice (first on line ${earlier})`, 'give the later block a new id; ids are never shared');
        return;
      }
      seen.set(id, line);
      blocks.push({ id, kind, line, children: node.children, ...extra });
    };

    const addItem = (item: ListItem, list: BlockList): void => {
      const paragraph = item.children[0];
      if (paragraph?.type !== 'paragraph') return; // reported by remarkCheckSourceFormat
      add({ ...paragraph, position: item.position ?? paragraph.position }, 'item', { list });
    };

    const addList = (list: List): void => {
      const items = list.children;
      const firstId = items[0]?.children[0];
      const key = firstId?.type === 'paragraph' ? (peekMarker(firstId.children) ?? `list-${blocks.length}`) : `list-${blocks.length}`;
      const meta: BlockList = { key, ordered: list.ordered === true, ...(list.ordered && list.start ? { start: list.start } : {}) };
      for (const item of items) addItem(item, meta);
    };

    for (const node of tree.children) {
      if (node.type === 'heading') add(node, 'heading', { depth: node.depth });
      else if (node.type === 'paragraph') add(node, 'paragraph');
      else if (node.type === 'list') addList(node);
      // Other node types are refused by remarkCheckSourceFormat.
    }

    file.data.blocks = blocks;
  };
}

function peekMarker(children: PhrasingContent[]): string | undefined {
  const last = children.at(-1) as Text | undefined;
  if (last?.type !== 'text') return undefined;
  const match = trailingMarker.exec(last.value);
  return match?.[1];
}
