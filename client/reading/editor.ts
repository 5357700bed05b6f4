/**
 * The panel in which a reader highlights, colours, notes and tags a selection, or edits and deletes
 * an annotation: a non-modal popover fixed at the bottom of the window (reachable by thumb on phones,
 * never over the selected words on desktop), built from the page's strings.
 */
import { highlightColours, type HighlightColour } from './annotation';
import type { ReadingData } from '@/contract/reading';
import { element } from '../template';

export interface EditorValues {
  colour: HighlightColour;
  note: string;
  tags: string[];
}

export interface EditorRequest {
  /** What the panel is about: the quoted words. */
  quote: string;
  values: EditorValues;
  /** Whether the annotation exists (then Delete is offered). */
  existing: boolean;
  onSave(values: EditorValues): void;
  onRemove?(): void;
}

type Messages = ReadingData['messages'];

export function parseTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

export class Editor {
  readonly panel: HTMLElement;
  private request: EditorRequest | undefined;
  private returnFocus: HTMLElement | null = null;
  private readonly quote: HTMLElement;
  private readonly note: HTMLTextAreaElement;
  private readonly tags: HTMLInputElement;
  private readonly remove: HTMLButtonElement;
  private readonly colours: HTMLInputElement[];

  constructor(private readonly messages: Messages) {
    this.quote = element('p', { className: 'reading-quote' });
    this.colours = highlightColours.map((colour) => element('input', { type: 'radio', name: 'reading-colour', value: colour, className: `reading-swatch highlight-${colour}` }));
    const colourGroup = element('fieldset', { className: 'reading-colours' }, [
      element('legend', {}, [messages.colour]),
      ...highlightColours.map((colour, index) => element('label', {}, [this.colours[index]!, element('span', { className: 'visually-hidden' }, [messages[`colours.${colour}`]])])),
    ]);
    this.note = element('textarea', { id: 'reading-note', rows: 3, maxLength: 5000 });
    this.tags = element('input', { id: 'reading-tags', type: 'text', autocomplete: 'off' });
    const save = element('button', { type: 'submit', className: 'reading-save' }, [messages.save]);
    this.remove = element('button', { type: 'button', className: 'reading-remove' }, [messages.remove]);
    const close = element('button', { type: 'button', className: 'reading-close' }, [messages.close]);
    const form = element('form', { className: 'reading-form' }, [
      this.quote,
      colourGroup,
      element('label', { htmlFor: 'reading-note' }, [messages.note]),
      this.note,
      element('label', { htmlFor: 'reading-tags' }, [`${messages.tags} `, element('small', {}, [`(${messages.tagsHint})`])]),
      this.tags,
      element('p', { className: 'reading-actions' }, [save, this.remove, close]),
    ]);
    this.panel = element('section', { id: 'reading-editor', className: 'reading-editor' }, [
      element('h2', { id: 'reading-editor-title', className: 'visually-hidden' }, [messages.edit]),
      form,
    ]);
    this.panel.setAttribute('popover', 'manual');
    this.panel.setAttribute('aria-labelledby', 'reading-editor-title');
    document.body.append(this.panel);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const request = this.request;
      if (!request) return;
      const colour = this.colours.find((input) => input.checked)?.value as HighlightColour | undefined;
      request.onSave({ colour: colour ?? 'yellow', note: this.note.value.trim(), tags: parseTags(this.tags.value) });
      this.close();
    });
    this.remove.addEventListener('click', () => {
      this.request?.onRemove?.();
      this.close();
    });
    close.addEventListener('click', () => this.close());
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.close();
      }
    });
  }

  open(request: EditorRequest): void {
    this.request = request;
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.quote.textContent = `„${request.quote.length > 160 ? `${request.quote.slice(0, 157)}…` : request.quote}“`;
    for (const input of this.colours) input.checked = input.value === request.values.colour;
    this.note.value = request.values.note;
    this.tags.value = request.values.tags.join(', ');
    this.remove.hidden = !request.existing;
    if (!this.panel.matches(':popover-open')) this.panel.showPopover();
    this.colours.find((input) => input.checked)?.focus();
  }

  close(): void {
    this.request = undefined;
    if (this.panel.matches(':popover-open')) this.panel.hidePopover();
    this.returnFocus?.focus();
  }
}
