/**
 * Test helper: the words of a source file and of the Markdown the importer made of it, and a
 * comparison that allows exactly one difference — a word split by a line-end hyphen in the source
 * (`Ver-` `sammlung`) is one word in the Markdown (`Versammlung` or `US-amerikanische`).
 */
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

export interface SourceWord {
  readonly word: string;
  /** The word ends its source line (so a hyphen at its end may have been a line-end hyphen). */
  readonly lineEnd: boolean;
}

/** Bullets that the importer turns into list markup (they are not words of the text). */
const BULLET = /^[•·▪◦‣●○■□➢►▸✓✔]$/u;

/** Words of the source lines, skipping the given line numbers and the bullets that open lines. */
export function sourceWords(source: string, skip: ReadonlySet<number> = new Set()): SourceWord[] {
  const words: SourceWord[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    if (skip.has(index + 1)) return;
    const tokens = line
      .replace(/[\u00a0\u202f\t]/g, ' ')
      .split(/\s+/)
      .filter((token) => token !== '');
    if (tokens[0] !== undefined && BULLET.test(tokens[0])) tokens.shift();
    tokens.forEach((word, position) => words.push({ word, lineEnd: position === tokens.length - 1 }));
  });
  return words;
}

/** Strip the trailing id marker of a block's text. */
function withoutMarker(text: string): string {
  return text.replace(/\s*\{#p\d+\}\s*$/u, '');
}

function blockTexts(node: RootContent): string[] {
  if (node.type === 'list') return node.children.map((item) => withoutMarker(toString(item)));
  return [withoutMarker(toString(node))];
}

/** The words of the Markdown, as a reader sees them (markup, ids and link targets removed). */
export function markdownWords(markdown: string): string[] {
  const tree: Root = fromMarkdown(markdown);
  return tree.children.flatMap(blockTexts).flatMap((text) => text.split(/\s+/).filter((word) => word !== ''));
}

/** The ids of the blocks in the Markdown, in order. */
export function markdownIds(markdown: string): string[] {
  return [...markdown.matchAll(/\{#(p\d+)\}$/gmu)].map((match) => match[1] ?? '');
}

/**
 * Compare source words with Markdown words. Returns undefined when they agree, else a description of
 * the first difference (with a little context), so that a failing test says where.
 */
export function compareWords(source: readonly SourceWord[], markdown: readonly string[]): string | undefined {
  let i = 0;
  let j = 0;
  while (i < source.length && j < markdown.length) {
    const here = source[i];
    const next = source[i + 1];
    const target = markdown[j];
    if (!here || target === undefined) break;
    if (here.word === target) {
      i += 1;
      j += 1;
      continue;
    }
    const split = here.lineEnd && here.word.endsWith('-') && next !== undefined;
    if (split && (target === here.word + next.word || target === here.word.slice(0, -1) + next.word)) {
      i += 2;
      j += 1;
      continue;
    }
    const context = (words: readonly string[], at: number): string => words.slice(Math.max(0, at - 3), at + 3).join(' ');
    return `source word ${i + 1} "${here.word}" ≠ markdown word ${j + 1} "${target}" (source: …${context(
      source.map((w) => w.word),
      i,
    )}…; markdown: …${context(markdown, j)}…)`;
  }
  if (i < source.length) return `the markdown ends early; source goes on with "${source[i]?.word}"`;
  if (j < markdown.length) return `the markdown has extra words from "${markdown[j]}"`;
  return undefined;
}
