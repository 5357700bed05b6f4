/**
 * Between the page and the reading layer's plain-text positions: a block's text as the reader reads
 * it (note numbers and the soft hyphens the page adds left out, so positions match the block's `text`
 * in the text JSON), a selection as (block, start, end), and highlights painted back as `<mark>`s.
 */

/** Interface inside a block's text that is not the text: the note numbers. */
export const notTextSelector = 'a.note-marker';
export const highlightSelector = 'mark.reader-highlight';
/** Soft hyphens (lib/render/soft-hyphens.ts) are the page's, not the text's. */
const softHyphen = '\u00AD';

/** The element holding one block's words in one language: the cell is the block's own element. */
export function blockContent(block: string, lang: string): HTMLElement | null {
  const row = document.getElementById(block);
  return row?.querySelector<HTMLElement>(`:scope > .cell[lang="${lang}"]`) ?? null;
}

/** A text node's characters as the text has them, and where each sits in the node's raw data. */
function visible(node: Text): { text: string; raw: number[] } {
  let text = '';
  const raw: number[] = [];
  for (let index = 0; index < node.data.length; index += 1) {
    if (node.data[index] === softHyphen) continue;
    text += node.data[index];
    raw.push(index);
  }
  raw.push(node.data.length);
  return { text, raw };
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(notTextSelector) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

export function blockText(content: HTMLElement): string {
  return textNodes(content)
    .map((node) => visible(node).text)
    .join('');
}

/** Offset in the block's text of a DOM boundary point (container, offset). */
function offsetOf(content: HTMLElement, container: Node, offset: number): number {
  const probe = document.createRange();
  probe.setStart(content, 0);
  probe.setEnd(container, offset);
  let length = 0;
  for (const node of textNodes(content)) {
    if (!probe.intersectsNode(node)) continue;
    const start = node === probe.startContainer ? probe.startOffset : 0;
    const end = node === probe.endContainer ? probe.endOffset : node.data.length;
    length += [...node.data.slice(start, Math.max(start, end))].filter((character) => character !== softHyphen).length;
  }
  return length;
}

export interface SelectedWords {
  block: string;
  lang: string;
  start: number;
  end: number;
  text: string;
}

/**
 * The selection as one piece per block, all in one language column; undefined when it is empty,
 * outside the text, or spans both languages.
 */
export function selectedWords(selection: Selection | null): SelectedWords[] | undefined {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const cellOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.row[id] > .cell[lang]');
  const first = cellOf(range.startContainer);
  const last = cellOf(range.endContainer);
  const lang = first?.lang;
  if (!first || !last || !lang || last.lang !== lang) return undefined;
  const pieces: SelectedWords[] = [];
  for (const cell of document.querySelectorAll<HTMLElement>(`.row[id] > .cell[lang="${lang}"]`)) {
    if (!range.intersectsNode(cell)) continue;
    const content = cell;
    const block = cell.parentElement?.id;
    if (!block) continue;
    const text = blockText(content);
    const start = content.contains(range.startContainer) ? offsetOf(content, range.startContainer, range.startOffset) : 0;
    const end = content.contains(range.endContainer) ? offsetOf(content, range.endContainer, range.endOffset) : text.length;
    // Trim spaces at the edges: a double-click or a drag often takes the space after a word.
    const leading = text.slice(start, end).length - text.slice(start, end).trimStart().length;
    const trailing = text.slice(start, end).length - text.slice(start, end).trimEnd().length;
    if (end - trailing > start + leading) pieces.push({ block, lang, start: start + leading, end: end - trailing, text: text.slice(start + leading, end - trailing) });
  }
  return pieces.length > 0 ? pieces : undefined;
}

/** Wraps the block's characters start…end in `<mark>`s (one per text node it crosses). */
export function paintHighlight(content: HTMLElement, start: number, end: number, attributes: Record<string, string>): HTMLElement[] {
  const marks: HTMLElement[] = [];
  let position = 0;
  for (const node of textNodes(content)) {
    const { text, raw } = visible(node);
    const nodeStart = position;
    const nodeEnd = position + text.length;
    position = nodeEnd;
    if (nodeEnd <= start || nodeStart >= end) continue;
    let target = node;
    const from = raw[Math.max(0, start - nodeStart)] ?? 0;
    const to = raw[Math.min(text.length, end - nodeStart)] ?? node.data.length;
    if (to < target.data.length) target.splitText(to);
    if (from > 0) target = target.splitText(from);
    const mark = document.createElement('mark');
    mark.className = 'reader-highlight';
    for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, value);
    target.replaceWith(mark);
    mark.append(target);
    marks.push(mark);
  }
  return marks;
}

/** Takes every painted highlight out of the page again, leaving the text as it was. */
export function clearHighlights(root: ParentNode = document): void {
  for (const mark of root.querySelectorAll<HTMLElement>(highlightSelector)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}
