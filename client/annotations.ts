/**
 * The reader's annotations file (lib/client/reader-annotations.ts): fetched once, on the first
 * popover or ¶ panel a reader opens, or earlier when the browser is idle after the page has loaded
 * (so that the first open is instant), never before the first paint. Then the popovers of terms and
 * notes are built from it, one when it is first opened (client/popovers.ts).
 */
import { noteOfFragment, popoverIds, readerAttributes, readerClasses } from '@/contract/reader';
import { entryOfHref } from '@/contract/routes';
import type { ProseNode, ReaderAnnotations } from '@/lib/client/reader-annotations';
import { isBlockProse, proseNodes } from './prose-dom';
import { element, format } from './template';

let address: string | undefined;
let loading: Promise<ReaderAnnotations | undefined> | undefined;
let loaded: ReaderAnnotations | undefined;

function isAnnotations(value: unknown): value is ReaderAnnotations {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Record<string, unknown>;
  return ['terms', 'notes', 'names', 'forms', 'messages'].every((key) => typeof data[key] === 'object' && data[key] !== null);
}

/** The annotations, fetched on the first call (a failed fetch is tried again on the next). */
export function loadAnnotations(): Promise<ReaderAnnotations | undefined> {
  if (!address) return Promise.resolve(undefined);
  loading ??= fetch(address)
    .then((response) => (response.ok ? response.json() : undefined))
    .then((data: unknown) => {
      loaded = isAnnotations(data) ? data : undefined;
      if (!loaded) loading = undefined;
      return loaded;
    })
    .catch(() => {
      loading = undefined;
      return undefined;
    });
  return loading;
}

/** The annotations if they have arrived, without waiting. */
export function annotationsNow(): ReaderAnnotations | undefined {
  return loaded;
}

function body(nodes: readonly ProseNode[], lang: 'de' | 'en', label: string): HTMLElement {
  const created = element(isBlockProse(nodes) ? 'div' : 'p', { className: `gloss gloss-${lang}`, lang }, proseNodes(nodes));
  created.setAttribute(readerAttributes.label, label);
  return created;
}

function shell(id: string, className: string): HTMLDivElement {
  const popover = element('div', { id, className: `${readerClasses.popover} ${className}` });
  popover.setAttribute('popover', 'auto');
  popover.setAttribute('role', 'dialog');
  return popover;
}

/** Where built popovers live: the terms' in one container, the notes' in another that prints as endnotes. */
function container(notes: boolean, data: ReaderAnnotations): HTMLElement {
  const selector = notes ? `.${readerClasses.popovers}.notes` : `.${readerClasses.popovers}:not(.notes)`;
  const found = document.querySelector<HTMLElement>(selector);
  if (found) return found;
  const created = element('div', { className: notes ? `${readerClasses.popovers} notes` : readerClasses.popovers });
  if (notes) created.append(element('h2', { className: readerClasses.notesHeading }, [data.messages.notes]));
  (document.getElementById('main') ?? document.body).append(created);
  return created;
}

/** A term's popover: its headword (a link to its register entry) and its gloss in both languages, each labelled. */
export function termPopover(entry: string, data: ReaderAnnotations): HTMLElement | undefined {
  const id = popoverIds.term(entry);
  const existing = document.getElementById(id);
  if (existing) return existing;
  const term = data.terms[entry];
  if (!term) return undefined;
  const popover = shell(id, readerClasses.termPopover);
  const headword =
    term.headword.de === term.headword.en
      ? [term.headword.de]
      : (['de', 'en'] as const).map((lang) => element('span', { className: `gloss-${lang}`, lang }, [term.headword[lang]]));
  const title = element('p', { className: 'popover-title', id: `${id}-title` }, [element('a', { href: term.href }, headword)]);
  popover.setAttribute('aria-labelledby', title.id);
  popover.append(title, body(term.gloss.de, 'de', term.label.de), body(term.gloss.en, 'en', term.label.en));
  container(false, data).append(popover);
  return popover;
}

/** A note's popover: its body in both languages, each labelled (“Note 12 · Correction”), and its sources. */
export function notePopover(note: string, data: ReaderAnnotations): HTMLElement | undefined {
  const id = popoverIds.note(note);
  const existing = document.getElementById(id);
  if (existing) return existing;
  const found = data.notes[note];
  if (!found) return undefined;
  const popover = shell(id, readerClasses.notePopover);
  popover.setAttribute('aria-label', format(data.messages.note, { number: found.number }));
  popover.append(body(found.body.de, 'de', found.label.de), body(found.body.en, 'en', found.label.en));
  if (found.sources) {
    const sources = element('p', { className: 'note-sources' }, proseNodes(found.sources.nodes));
    sources.dataset.labelDe = found.sources.label.de;
    sources.dataset.labelEn = found.sources.label.en;
    popover.append(sources);
  }
  container(true, data).append(popover);
  return popover;
}

/** The note a marker links to (`…/notes#note-<id>`). */
export function noteOfMarker(marker: Element): string | undefined {
  return marker instanceof HTMLAnchorElement && marker.classList.contains(readerClasses.noteMarker) ? noteOfFragment(marker.hash.slice(1)) : undefined;
}

/** The popover a term or note marker opens, built on first use; undefined until the annotations have arrived. */
export function popoverFor(trigger: Element, data = loaded): HTMLElement | undefined {
  if (!data) return undefined;
  const entry = trigger instanceof HTMLAnchorElement && trigger.classList.contains(readerClasses.term) ? entryOfHref(trigger.pathname) : undefined;
  if (entry) return termPopover(entry, data);
  const note = noteOfMarker(trigger);
  return note ? notePopover(note, data) : undefined;
}

/** The note whose anchor (`#note-<id>`, on its marker) a fragment names on this page, if any. */
export function noteOfAnchor(fragment: string): string | undefined {
  const marker = document.getElementById(fragment);
  return marker ? noteOfMarker(marker) : undefined;
}

/** In print every note follows the text as an endnote, in order: built now if the annotations are here. */
function printNotes(): void {
  if (!loaded) return;
  const data = loaded;
  const notes = Object.keys(data.notes).flatMap((note) => notePopover(note, data) ?? []);
  container(true, data).append(...notes);
}

export function initAnnotations(url: string | undefined): void {
  address = url;
  if (!address) return;
  window.addEventListener('beforeprint', printNotes);
  // Safari has no requestIdleCallback: a moment after the load event instead.
  const idle: (callback: () => void) => void =
    typeof window.requestIdleCallback === 'function' ? (callback) => window.requestIdleCallback(callback, { timeout: 4000 }) : (callback) => window.setTimeout(callback, 1500);
  const prefetch = () => idle(() => void loadAnnotations());
  if (document.readyState === 'complete') prefetch();
  else window.addEventListener('load', prefetch, { once: true });
}
