/**
 * The reading layer on a reader page: paints the reader's annotations of this text into both
 * columns (re-anchored to the current text), offers to highlight a selection, and opens the editor
 * for a highlight. Everything is saved at once in this browser (store.ts).
 */
import { describeWords, reanchor } from './anchor';
import type { ReaderAnnotation } from './annotation';
import { blockContent, blockText, clearHighlights, paintHighlight, selectedWords, type SelectedWords } from './dom';
import { Editor, type EditorValues } from './editor';
import { format, newAnnotationId, say, storageMessage } from './ui';
import { allAnnotations, deleteAnnotations, saveAnnotations, StorageProblem } from './store';
import type { ReadingData } from '@/contract/reading';

function blocksOf(lang: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const row of document.querySelectorAll<HTMLElement>('.rows .row[id]')) {
    const content = blockContent(row.id, lang);
    if (content) blocks.set(row.id, blockText(content));
  }
  return blocks;
}

async function fromSelection(piece: SelectedWords, slug: string, text: string, values: EditorValues, now: Date): Promise<ReaderAnnotation> {
  return {
    id: newAnnotationId(),
    created: now.toISOString(),
    modified: now.toISOString(),
    text: slug,
    lang: piece.lang,
    block: piece.block,
    ...(await describeWords(text, piece.start, piece.end)),
    ...values,
  };
}

export class ReaderLayer {
  private annotations: ReaderAnnotation[] = [];
  private readonly editor: Editor;
  private readonly offer: HTMLButtonElement;
  private pending: SelectedWords[] | undefined;

  constructor(private readonly data: ReadingData & { text: NonNullable<ReadingData['text']> }) {
    this.editor = new Editor(data.messages);
    this.offer = document.createElement('button');
    this.offer.type = 'button';
    this.offer.className = 'reading-offer';
    this.offer.textContent = `${data.messages.highlight} (H)`;
    this.offer.setAttribute('popover', 'manual');
    document.body.append(this.offer);
    this.offer.addEventListener('pointerdown', (event) => event.preventDefault());
    this.offer.addEventListener('click', () => this.highlightSelection());
    document.addEventListener('click', (event) => {
      const mark = event.target instanceof Element ? event.target.closest<HTMLElement>('mark.reader-highlight') : null;
      if (mark?.dataset.annotation) this.edit(mark.dataset.annotation);
    });
    document.addEventListener('keydown', (event) => {
      const mark = event.target instanceof Element ? event.target.closest<HTMLElement>('mark.reader-highlight') : null;
      if (mark?.dataset.annotation && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        this.edit(mark.dataset.annotation);
      }
    });
  }

  /** Loads this text's annotations, re-anchors and paints them; tells the reader about orphans. */
  async load(): Promise<void> {
    try {
      const all = await allAnnotations();
      this.annotations = all.filter((annotation) => annotation.text === this.data.text.slug);
    } catch (error) {
      if (error instanceof StorageProblem && error.kind === 'cleared') say(storageMessage(this.data.messages, error));
      else if (error instanceof StorageProblem) say(storageMessage(this.data.messages, error));
      return;
    }
    await this.paint();
  }

  private async paint(): Promise<void> {
    clearHighlights(document.querySelector('.rows') ?? document);
    const blocks = new Map<string, Map<string, string>>();
    const moved: ReaderAnnotation[] = [];
    let orphans = 0;
    for (const annotation of this.annotations) {
      let version = blocks.get(annotation.lang);
      if (!version) {
        version = blocksOf(annotation.lang);
        blocks.set(annotation.lang, version);
      }
      const result = await reanchor(annotation, version, this.data.text.redirects);
      if (result.status === 'orphan') {
        orphans += 1;
        continue;
      }
      if (result.block !== annotation.block || result.start !== annotation.position.start || result.end !== annotation.position.end) {
        annotation.block = result.block;
        annotation.position = { start: result.start, end: result.end };
        moved.push(annotation);
      }
      const content = blockContent(result.block, annotation.lang);
      if (!content) continue;
      const marks = paintHighlight(content, result.start, result.end, {
        'data-annotation': annotation.id,
        class: `reader-highlight highlight-${annotation.colour}${annotation.note ? ' has-note' : ''}`,
      });
      const first = marks[0];
      if (first) {
        first.tabIndex = 0;
        first.setAttribute('role', 'button');
        first.setAttribute('aria-label', format(this.data.messages.yours, { quote: annotation.quote.exact }) + (annotation.note ? ` — ${annotation.note}` : ''));
      }
    }
    if (moved.length > 0) await saveAnnotations(moved).catch(() => undefined);
    if (orphans > 0) say(format(this.data.messages.orphans, { count: String(orphans) }));
    this.printNotes();
  }

  /** The reader's notes as endnotes of the printed text (hidden on screen), in reading order. */
  private printNotes(): void {
    document.getElementById('reading-print-notes')?.remove();
    const order = new Map([...document.querySelectorAll('.rows .row[id]')].map((row, index) => [row.id, index]));
    const noted = this.annotations
      .filter((annotation) => annotation.note && order.has(annotation.block))
      .sort((a, b) => (order.get(a.block) ?? 0) - (order.get(b.block) ?? 0) || a.position.start - b.position.start);
    if (noted.length === 0) return;
    const section = document.createElement('section');
    section.id = 'reading-print-notes';
    section.className = 'reading-print-notes';
    const heading = document.createElement('h2');
    heading.textContent = this.data.messages.printHeading;
    const list = document.createElement('ol');
    for (const annotation of noted) {
      const item = document.createElement('li');
      const quote = document.createElement('q');
      quote.lang = annotation.lang;
      quote.textContent = annotation.quote.exact;
      item.append(`¶ ${annotation.block.slice(1)}: `, quote, ` — ${annotation.note}`);
      list.append(item);
    }
    section.append(heading, list);
    (document.querySelector('article.text') ?? document.querySelector('main') ?? document.body).append(section);
  }

  /** Shows or hides the “Highlight” offer as the selection changes. */
  selectionChanged(): void {
    this.pending = selectedWords(document.getSelection());
    if (this.pending && !this.offer.matches(':popover-open')) this.offer.showPopover();
    if (!this.pending && this.offer.matches(':popover-open')) this.offer.hidePopover();
  }

  highlightSelection(): void {
    const pieces = this.pending ?? selectedWords(document.getSelection());
    if (!pieces) return;
    if (this.offer.matches(':popover-open')) this.offer.hidePopover();
    const quote = pieces.map((piece) => piece.text).join(' … ');
    this.editor.open({
      quote,
      values: { colour: 'yellow', note: '', tags: [] },
      existing: false,
      onSave: (values) => {
        const now = new Date();
        const lang = pieces[0]!.lang;
        const version = blocksOf(lang);
        // A selection across paragraphs is one annotation per paragraph, tagged alike: each ¶ stays citable on its own.
        const created = Promise.all(pieces.map((piece) => fromSelection(piece, this.data.text.slug, version.get(piece.block) ?? '', values, now)));
        void created.then((annotations) => this.store(annotations, []));
        document.getSelection()?.removeAllRanges();
      },
    });
  }

  private edit(id: string): void {
    const annotation = this.annotations.find((candidate) => candidate.id === id);
    if (!annotation) return;
    this.editor.open({
      quote: annotation.quote.exact,
      values: { colour: annotation.colour, note: annotation.note, tags: annotation.tags },
      existing: true,
      onSave: (values) => void this.store([{ ...annotation, ...values, modified: new Date().toISOString() }], []),
      onRemove: () => void this.store([], [annotation]),
    });
  }

  private async store(saved: ReaderAnnotation[], removed: ReaderAnnotation[]): Promise<void> {
    try {
      if (saved.length > 0) await saveAnnotations(saved);
      if (removed.length > 0) await deleteAnnotations(removed.map((annotation) => annotation.id));
    } catch (error) {
      say(storageMessage(this.data.messages, error));
      return;
    }
    const removedIds = new Set(removed.map((annotation) => annotation.id));
    const byId = new Map(this.annotations.filter((annotation) => !removedIds.has(annotation.id)).map((annotation) => [annotation.id, annotation]));
    for (const annotation of saved) byId.set(annotation.id, annotation);
    this.annotations = [...byId.values()];
    await this.paint();
    say(removed.length > 0 ? this.data.messages.removed : this.data.messages.saved);
  }
}
