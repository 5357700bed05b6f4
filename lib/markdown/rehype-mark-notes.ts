import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { blockText } from './block-text';

/** An editor's note anchored to an exact quote in one block of this version. */
export interface NoteAnchor {
  id: string;
  block: string;
  quote: string;
  /** Which occurrence of the quote in the block (1-based); required when the quote is not unique. */
  occurrence?: number;
  /** The note's number in the text (the same in every language). */
  number: number;
  /** Where the note is defined, for messages: the notes file and the note's line. */
  origin: { file: string; line?: number };
}

export interface MarkNotesOptions {
  notes: readonly NoteAnchor[];
}

/** A character range of a block's text that a note covers. */
interface Span {
  note: NoteAnchor;
  start: number;
  end: number;
}

declare module 'vfile' {
  interface DataMap {
    /** The notes placed in this version, in reading order, set by `rehypeMarkNotes`. */
    notesPlaced: { id: string; block: string; number: number }[];
  }
}

/**
 * The block's words as the quotes see them, counted as block-text.ts counts them: a note's marker (added
 * by an earlier run) is not part of them, which keeps the plugin idempotent.
 */
function textOf(node: ElementContent | Element): string {
  if (node.type === 'element') return node.properties.dataNoteMarker === undefined ? node.children.map(textOf).join('') : '';
  return blockText(node);
}

/** Whether an earlier run already wrapped the note's words in this block. */
function hasNoteSpan(node: Element, id: string): boolean {
  return node.children.some((child) => child.type === 'element' && (child.properties.dataNote === id || hasNoteSpan(child, id)));
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + 1)) found.push(index);
  return found;
}

function report(file: VFile, note: NoteAnchor, message: string, hint: string): void {
  const problem = file.message(message, { place: { line: note.origin.line ?? 1, column: 1 }, ruleId: 'note-anchor' });
  problem.fatal = true;
  problem.note = hint;
  problem.file = note.origin.file;
}

type Placement = 'placed' | 'crosses-edge' | 'inside-link';

/**
 * Wraps `[start, end)` of `parent`'s text in a note span. The range must cover whole children of some
 * element: a quote that starts inside a link or emphasis and ends outside it cannot be marked, and a
 * quote inside a link would put the note's marker inside the link.
 */
function wrap(parent: Element, start: number, end: number, note: NoteAnchor): Placement {
  let offset = 0;
  const children = parent.children;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    if (!child) continue;
    const childStart = offset;
    const childEnd = offset + textOf(child).length;
    offset = childEnd;
    if (start < childStart || start >= childEnd) continue;
    if (child.type === 'element' && end <= childEnd) {
      const exact = start === childStart && end === childEnd;
      if (!exact && child.tagName === 'a') return 'inside-link';
      if (!exact || child.properties.dataNote !== undefined) return wrap(child, start - childStart, end - childStart, note);
    }
    // The range starts in this child: find the sibling it ends in.
    let last = index;
    let lastEnd = childEnd;
    while (lastEnd < end && last + 1 < children.length) {
      last += 1;
      lastEnd += textOf(children[last] as ElementContent).length;
    }
    const firstChild = children[index];
    const lastChild = children[last];
    const head = start - childStart;
    const tail = lastEnd - end;
    if (lastEnd < end || !firstChild || !lastChild) return 'crosses-edge';
    if ((head > 0 && firstChild.type !== 'text') || (tail > 0 && lastChild.type !== 'text')) return 'crosses-edge';
    const covered = children.slice(index, last + 1).map((node, position, list): ElementContent => {
      if (node.type !== 'text') return node;
      let value = node.value;
      if (position === list.length - 1 && tail > 0) value = value.slice(0, value.length - tail);
      if (position === 0 && head > 0) value = value.slice(head);
      return { type: 'text', value } satisfies Text;
    });
    const before: ElementContent[] = head > 0 && firstChild.type === 'text' ? [{ type: 'text', value: firstChild.value.slice(0, head) }] : [];
    const after: ElementContent[] = tail > 0 && lastChild.type === 'text' ? [{ type: 'text', value: lastChild.value.slice(lastChild.value.length - tail) }] : [];
    const span: Element = { type: 'element', tagName: 'span', properties: { dataNote: note.id }, children: covered };
    children.splice(index, last - index + 1, ...before, span, ...after);
    return 'placed';
  }
  return 'crosses-edge';
}

/** Puts each note's numbered marker right after its span, unless an earlier run put it there. */
function addMarkers(node: Element, numbers: ReadonlyMap<string, number>): void {
  for (let index = 0; index < node.children.length; index += 1) {
    const child = node.children[index];
    if (child?.type !== 'element') continue;
    addMarkers(child, numbers);
    const id = child.properties.dataNote;
    const next = node.children[index + 1];
    const marked = next?.type === 'element' && next.properties.dataNoteMarker === id;
    if (typeof id === 'string' && !marked) {
      const marker: Element = { type: 'element', tagName: 'sup', properties: { dataNoteMarker: id }, children: [{ type: 'text', value: String(numbers.get(id) ?? '') }] };
      node.children.splice(index + 1, 0, marker);
      index += 1;
    }
  }
}

/**
 * Marks the exact words each editor's note is anchored to, `<span data-note="<id>">`, followed by
 * its numbered marker `<sup data-note-marker="<id>">`. A quote that is missing, ambiguous, overlaps
 * another note without nesting, or crosses the edge of a link is reported with the note's file and line.
 */
export function rehypeMarkNotes(options: MarkNotesOptions) {
  return (tree: Root, file: VFile): void => {
    const placed: { id: string; block: string; number: number }[] = [];
    file.data.notesPlaced = placed;
    const blocks = new Map<string, Element>();
    for (const node of tree.children) {
      if (node.type === 'element' && typeof node.properties.dataBlock === 'string') blocks.set(node.properties.dataBlock, node);
    }
    const spansByBlock = new Map<string, Span[]>();
    for (const note of options.notes) {
      const block = blocks.get(note.block);
      if (!block) {
        report(file, note, `note “${note.id}” is anchored to block ${note.block}, which this version does not have`, 'use the id of an existing block');
        continue;
      }
      const text = textOf(block);
      const found = occurrences(text, note.quote);
      if (found.length === 0) {
        report(
          file,
          note,
          `the quote of note “${note.id}” is not in block ${note.block}: “${note.quote}”`,
          `copy the exact words from the block (its text: “${text.slice(0, 120)}${text.length > 120 ? '…' : ''}”)`,
        );
        continue;
      }
      if (note.occurrence === undefined && found.length > 1) {
        report(
          file,
          note,
          `the quote of note “${note.id}” occurs ${found.length} times in block ${note.block}`,
          'quote more words so that it is unique, or say which one: {text: …, occurrence: 2}',
        );
        continue;
      }
      const start = found[(note.occurrence ?? 1) - 1];
      if (start === undefined) {
        report(file, note, `note “${note.id}” asks for occurrence ${note.occurrence} of its quote, but block ${note.block} has ${found.length}`, 'correct the occurrence number');
        continue;
      }
      const spans = spansByBlock.get(note.block) ?? [];
      const span: Span = { note, start, end: start + note.quote.length };
      const clash = spans.find(
        (other) =>
          span.start < other.end && other.start < span.end && !(span.start >= other.start && span.end <= other.end) && !(other.start >= span.start && other.end <= span.end),
      );
      if (clash) {
        report(
          file,
          note,
          `note “${note.id}” overlaps note “${clash.note.id}” in block ${note.block} without one containing the other`,
          'make the quotes disjoint, or let one lie entirely inside the other',
        );
        continue;
      }
      spans.push(span);
      spansByBlock.set(note.block, spans);
    }
    for (const [blockId, spans] of spansByBlock) {
      const block = blocks.get(blockId);
      if (!block) continue;
      // Outer notes first, so that a note inside another is wrapped inside the other's span.
      const placedHere = new Set<Span>();
      for (const span of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
        // Running the plugin again over its own output changes nothing: a wrapped note stays as it is.
        const placement = hasNoteSpan(block, span.note.id) ? 'placed' : wrap(block, span.start, span.end, span.note);
        if (placement === 'placed') placedHere.add(span);
        else if (placement === 'crosses-edge') {
          report(
            file,
            span.note,
            `the quote of note “${span.note.id}” crosses the edge of a link or of emphasis in block ${blockId}`,
            'quote whole words inside it, or include all of it',
          );
        } else if (placement === 'inside-link') {
          report(file, span.note, `the quote of note “${span.note.id}” lies inside a link in block ${blockId}`, 'quote the whole link, or words outside it');
        }
      }
      addMarkers(block, new Map(spans.map((span) => [span.note.id, span.note.number])));
      for (const span of [...placedHere].sort((a, b) => a.start - b.start)) placed.push({ id: span.note.id, block: blockId, number: span.note.number });
    }
  };
}
