/**
 * One version of a text as plain text and as Markdown, for quoting and for corpus tools: every block on
 * its own, prefixed with its ¶ label and its id (`¶ 12 [p12] …`), so that a line found by grep or a
 * concordancer leads back to the edition's citable paragraph. Unicode NFC throughout.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { blockNumber } from '@/contract/reference';
import type { Block, Version } from '../content/model';

export interface PlainTextHead {
  title: string;
  /** Lines under the title: authors, translators, source, address, rights. */
  lines: string[];
}

/** `¶ 12 [p12]`: the label a reader sees, then the id an address uses. */
export function blockPrefix(id: string, label: (number: string) => string): string {
  return `${label(blockNumber(id))} [${id}]`;
}

function inlineMarkdown(children: PhrasingContent[]): string {
  const paragraph: Paragraph = { type: 'paragraph', children };
  return toMarkdown(paragraph).trim();
}

export function versionToText(version: Version, head: PlainTextHead, label: (number: string) => string): string {
  const lines = [head.title, ...head.lines, ''];
  for (const block of version.blocks) lines.push(`${blockPrefix(block.id, label)} ${block.text}`, '');
  return `${lines.join('\n').trimEnd()}\n`.normalize('NFC');
}

function markdownBlock(block: Block, label: (number: string) => string, index: number): string {
  const body = `${blockPrefix(block.id, label)} ${inlineMarkdown(block.children)}`;
  if (block.kind === 'heading') return `${'#'.repeat(block.depth ?? 2)} ${body}`;
  if (block.kind === 'item') return block.list?.ordered ? `${(block.list.start ?? 1) + index}. ${body}` : `- ${body}`;
  return body;
}

export function versionToMarkdown(version: Version, head: PlainTextHead, label: (number: string) => string): string {
  const parts = [`# ${head.title}`, head.lines.join('  \n')];
  let previousList: string | undefined;
  let itemIndex = 0;
  for (const block of version.blocks) {
    const list = block.kind === 'item' ? block.list?.key : undefined;
    itemIndex = list !== undefined && list === previousList ? itemIndex + 1 : 0;
    const text = markdownBlock(block, label, itemIndex);
    // Items of one list are one Markdown list: no blank line between them.
    if (list !== undefined && list === previousList) parts[parts.length - 1] += `\n${text}`;
    else parts.push(text);
    previousList = list;
  }
  return `${parts.join('\n\n')}\n`.normalize('NFC');
}
