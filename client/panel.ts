/**
 * The ¶ panel: a click on a ¶ number, or Enter on it, opens what the paragraph holds — “Cite ¶ n”,
 * every name in it (marked in the text or not) and every note — so that any gloss or note of the
 * paragraph is two steps away. Shift-click on a ¶ number still extends a citation range
 * (client/cite.ts). J and K move to the next and previous paragraph. Without the script the ¶ number
 * is a plain link to its paragraph, so the panel is the script's: built on the first open, one per
 * page, never in the page's HTML.
 */
import { highlightSelector } from './reading/dom';
import { blockNumber } from '@/contract/reference';
import { citePopoverId } from '@/contract/cite-popover';
import { controlNames, panelPart, panelPartAttribute, panelParts, readerClasses, readerIds, rowClasses, rowSelector } from '@/contract/reader';
import type { ReaderAnnotations } from '@/lib/client/reader-annotations';
import { languages, type Language } from '@/contract/languages';
import { paths } from '@/contract/routes';
import type { ReaderStrings } from '@/contract/reader-strings';
import { loadAnnotations, noteOfMarker, notePopover, termPopover } from './annotations';
import { openPopover } from './popovers';
import { pageLanguage, readerStrings } from './strings';
import { element, format } from './template';

type Messages = ReaderStrings['panel'];

function glossLanguage(): Language {
  const chosen = document.querySelector<HTMLInputElement>(`input[name="${controlNames.gloss}"]:checked`)?.value;
  return (languages as readonly (string | undefined)[]).includes(chosen) ? (chosen as Language) : pageLanguage();
}

/** A line of the panel; with a popover (built now, from the annotations), a button that opens it. */
function item(label: string, popover?: HTMLElement): HTMLLIElement {
  const li = document.createElement('li');
  if (!popover) {
    li.textContent = label;
    return li;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('popovertarget', popover.id);
  button.textContent = label;
  li.append(button);
  return li;
}

function shorten(text: string, length = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > length ? `${clean.slice(0, length - 1)}…` : clean;
}

function fill(panel: HTMLElement, messages: Messages, annotations: ReaderAnnotations | undefined, row: HTMLElement): void {
  const number = blockNumber(row.id);
  const lang = glossLanguage();
  const title = panel.querySelector(`#${readerIds.panelTitle}`);
  if (title) title.textContent = format(messages.title, { number });
  const cite = panel.querySelector(panelPart(panelParts.cite));
  if (cite) cite.textContent = format(messages.cite, { number });
  const names = annotations
    ? (annotations.names[row.id] ?? []).flatMap((entry) => {
        const popover = termPopover(entry, annotations);
        return popover ? [item(annotations.terms[entry]?.headword[lang] ?? entry, popover)] : [];
      })
    : [];
  panel.querySelector(panelPart(panelParts.names))?.replaceChildren(...(names.length > 0 ? names : [item(messages.none)]));
  const seen = new Set<string>();
  const notes: HTMLLIElement[] = [];
  for (const marker of row.querySelectorAll<HTMLAnchorElement>(`a.${readerClasses.noteMarker}`)) {
    const id = noteOfMarker(marker);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    // The words a note is about stand right before its marker (lib/markdown/rehype-mark-notes.ts).
    const inLanguage = row.querySelector(`.${rowClasses.cell}[lang="${lang}"] .${readerClasses.noteMarker}[href$="#${CSS.escape(marker.hash.slice(1))}"]`);
    const quote = (inLanguage ?? marker).previousElementSibling;
    const words = shorten(quote?.textContent ?? '');
    // The marker's number is its last text; before it, the word that names it for screen readers.
    const noteNumber = annotations?.notes[id]?.number ?? marker.lastChild?.textContent ?? '';
    const label = `${format(messages.note, { number: noteNumber })}: ${lang === 'de' ? `„${words}“` : `“${words}”`}`;
    const popover = annotations ? notePopover(id, annotations) : undefined;
    notes.push(item(label, popover));
  }
  panel.querySelector(panelPart(panelParts.notes))?.replaceChildren(...(notes.length > 0 ? notes : [item(messages.none)]));
  fillMine(panel, row);
}

/** The panel's shell: a native popover labelled by its title, with the parts fill() fills (`data-panel`). */
function buildPanel(messages: Messages): HTMLElement {
  const part = <T extends HTMLElement>(node: T, name: string): T => {
    node.setAttribute(panelPartAttribute, name);
    return node;
  };
  const mineHeading = part(element('h2', { className: 'panel-heading', textContent: messages.mine, hidden: true }), panelParts.mineHeading);
  const panel = element('div', { id: readerIds.panel, className: 'popover popover--panel', popover: 'auto' }, [
    element('p', { className: 'popover-title', id: readerIds.panelTitle }),
    element('p', {}, [part(element('button', { type: 'button', className: 'panel-cite' }), panelParts.cite)]),
    element('h2', { className: 'panel-heading', textContent: messages.names }),
    part(element('ul', { className: 'panel-list' }), panelParts.names),
    element('h2', { className: 'panel-heading', textContent: messages.notes }),
    part(element('ul', { className: 'panel-list' }), panelParts.notes),
    mineHeading,
    part(element('ul', { className: 'panel-list', hidden: true }), panelParts.mine),
    element('p', { className: 'popover-link' }, [element('a', { href: paths.glossary(pageLanguage()), textContent: messages.register })]),
  ]);
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', readerIds.panelTitle);
  return panel;
}

/**
 * The reader's own highlights and notes in the ¶ (painted by the reading layer, when it is loaded):
 * each opens its editor, as the highlight itself does.
 */
function fillMine(panel: HTMLElement, row: HTMLElement): void {
  const list = panel.querySelector<HTMLElement>(panelPart(panelParts.mine));
  const heading = panel.querySelector<HTMLElement>(panelPart(panelParts.mineHeading));
  if (!list || !heading) return;
  const marks = [...row.querySelectorAll<HTMLElement>(`${highlightSelector}[tabindex="0"][aria-label]`)];
  list.hidden = heading.hidden = marks.length === 0;
  list.replaceChildren(
    ...marks.map((mark) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = shorten(mark.getAttribute('aria-label') ?? '', 80);
      button.addEventListener('click', () => {
        if (panel.matches(':popover-open')) panel.hidePopover();
        mark.focus();
        mark.click();
      });
      li.append(button);
      return li;
    }),
  );
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** J / K: the ¶ number of the next / previous paragraph gets the focus (Enter then opens its panel). */
function initParagraphKeys(): void {
  document.addEventListener('keydown', (event) => {
    const key = event.key.toLowerCase();
    if ((key !== 'j' && key !== 'k') || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const rows = [...document.querySelectorAll<HTMLElement>(`${rowSelector}[id]`)];
    if (rows.length === 0) return;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(`${rowSelector}[id]`) : null;
    let index = focused ? rows.indexOf(focused) : -1;
    if (index < 0) {
      // Nothing focused in the text: start from the first row on screen (one layout read, on demand).
      const first = rows.findIndex((row) => row.getBoundingClientRect().bottom > 0);
      index = (first < 0 ? rows.length : first) - (key === 'j' ? 1 : 0);
    }
    const next = rows[Math.min(rows.length - 1, Math.max(0, index + (key === 'j' ? 1 : -1)))];
    const label = next?.querySelector<HTMLElement>(`:scope > .${rowClasses.label}`);
    if (!next || !label) return;
    event.preventDefault();
    label.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'start' });
  });
}

export function initPanel(): void {
  // Only where there are paragraphs to open.
  if (!document.querySelector(`${rowSelector}[id] > .${rowClasses.label}`)) return;
  initParagraphKeys();
  const messages = readerStrings().panel;
  // The keyboard reaches a paragraph's notes through its ¶ number and the panel, one tab stop per
  // paragraph instead of one per note and language; without the script every marker is a tab stop.
  for (const marker of document.querySelectorAll<HTMLElement>(`.${rowClasses.rows} .${readerClasses.noteMarker}`)) marker.tabIndex = -1;
  let label: HTMLAnchorElement | undefined;
  let pending: { label: HTMLAnchorElement; row: HTMLElement } | undefined;
  let passThrough = false;
  let built: HTMLElement | undefined;

  const panelElement = (): HTMLElement => {
    if (built) return built;
    const panel = buildPanel(messages);
    (document.querySelector('main') ?? document.body).append(panel);
    panel.querySelector(panelPart(panelParts.cite))?.addEventListener('click', () => {
      if (!label) return;
      panel.hidePopover();
      // The citation's own mechanism: the ¶ number's click, let through to client/cite.ts.
      passThrough = true;
      label.click();
      passThrough = false;
    });
    panel.addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState !== 'closed' || !label) return;
      const focus = document.activeElement;
      // Escape gives the focus back to what had it before the panel: the landed row; the ¶ number is where the reader was.
      if (!focus || focus === document.body || panel.contains(focus) || focus === label.closest(`.${rowClasses.row}`)) label.focus({ preventScroll: true });
    });
    built = panel;
    return panel;
  };

  const open = (clicked: HTMLAnchorElement, row: HTMLElement) => {
    label = clicked;
    void loadAnnotations().then((annotations) => {
      const panel = panelElement();
      fill(panel, messages, annotations, row);
      openPopover(panel, clicked);
      panel.querySelector<HTMLElement>(panelPart(panelParts.cite))?.focus();
    });
  };

  // A plain click on a ¶ number still goes through client/cite.ts (which lands on the ¶ and
  // remembers it as the start of a range for a later shift-click); the panel opens instead of the
  // citation, which is then one button away. A shift-click cites a range at once, as before.
  document.addEventListener(
    'click',
    (event) => {
      if (passThrough || !(event.target instanceof Element)) return;
      const clicked = event.target.closest<HTMLAnchorElement>(`.${rowClasses.rows} .${rowClasses.label}`);
      const row = clicked?.closest<HTMLElement>(`.${rowClasses.row}[id]`);
      pending = undefined;
      if (!clicked || !row || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || event.button !== 0) return;
      const cite = document.getElementById(citePopoverId);
      if (cite) {
        pending = { label: clicked, row };
        return;
      }
      event.preventDefault();
      if (location.hash !== `#${row.id}`) location.hash = row.id;
      window.setTimeout(() => open(clicked, row), 0);
    },
    true,
  );
  document.getElementById(citePopoverId)?.addEventListener('beforetoggle', (event) => {
    const toggle = event as ToggleEvent;
    if (toggle.newState !== 'open' || !pending) return;
    const { label: clicked, row } = pending;
    pending = undefined;
    event.preventDefault();
    queueMicrotask(() => open(clicked, row));
  });
}
