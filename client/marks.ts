/**
 * “Mark every name”: the text marks each glossary entry where its policy says (annotations/glossary.yaml,
 * `mark:`); a reader who wants every occurrence marked chooses so once. The choice is remembered and
 * goes into the address (`?marks=every`), so that a shared link shows the same. The page holds the
 * other occurrences as plain text (no element, no tab stop); this wraps them, with the build's own
 * matcher (contract/term-pattern.ts), only when asked.
 */
import { controlNames, markModes, readerClasses, rootAttributes, rowClasses, storageKeys, type MarkMode } from '@/contract/reader';
import type { ReaderAnnotations } from '@/lib/client/reader-annotations';
import { termPattern } from '@/contract/term-pattern';
import { loadAnnotations } from './annotations';

const skipped = `a, button, sup, .${readerClasses.term}`;

function isMode(value: string | null | undefined): value is MarkMode {
  return (markModes as readonly (string | null | undefined)[]).includes(value);
}

function wrapAll({ forms, terms }: ReaderAnnotations): void {
  const pattern = termPattern(
    Object.keys(forms).map((form) => ({ form })),
    { softHyphens: true },
  );
  if (!pattern) return;
  for (const cell of document.querySelectorAll(`.${rowClasses.rows} .${rowClasses.cell}`)) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(skipped) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    for (const node of nodes) {
      const value = node.data;
      const parts: (string | HTMLAnchorElement)[] = [];
      let last = 0;
      for (const match of value.matchAll(pattern)) {
        const entry = forms[match[0].replaceAll('\u00AD', '')];
        const term = entry ? terms[entry] : undefined;
        if (!entry || !term) continue;
        parts.push(value.slice(last, match.index));
        // A link to the entry, like the names the text marks itself (client/popovers.ts opens its popover).
        const link = document.createElement('a');
        link.className = `${readerClasses.term} ${readerClasses.addedTerm}`;
        link.href = term.href;
        link.textContent = match[0];
        parts.push(link);
        last = match.index + match[0].length;
      }
      if (parts.length === 0) continue;
      parts.push(value.slice(last));
      node.replaceWith(...parts.filter((part) => part !== ''));
    }
  }
}

function unwrapAll(): void {
  const cells = new Set<Element>();
  for (const button of document.querySelectorAll(`.${readerClasses.addedTerm}`)) {
    const cell = button.closest(`.${rowClasses.cell}`);
    if (cell) cells.add(cell);
    button.replaceWith(button.textContent ?? '');
  }
  for (const cell of cells) cell.normalize();
}

let wrapped = false;

function apply(mode: MarkMode, annotations: ReaderAnnotations): void {
  if (mode === 'every' && !wrapped) wrapAll(annotations);
  if (mode === 'first' && wrapped) unwrapAll();
  wrapped = mode === 'every';
}

/**
 * The mode shows in the page at once (`data-marks`, which the language switch carries over); the
 * names are wrapped once the annotations (the forms of every name) are here, in the mode chosen by then.
 */
function choose(mode: MarkMode): void {
  const root = document.documentElement;
  if (mode === 'every') root.setAttribute(rootAttributes.marks, 'every');
  else root.removeAttribute(rootAttributes.marks);
  void loadAnnotations().then((annotations) => {
    if (annotations) apply(root.getAttribute(rootAttributes.marks) === 'every' ? 'every' : 'first', annotations);
  });
}

/**
 * `changed` runs after every change (the language switch carries the choice over). “Every name” waits
 * for the annotations file, so a page that starts with it marks every name a moment after it shows.
 */
export function initMarks(changed: () => void): void {
  const radios = [...document.querySelectorAll<HTMLInputElement>(`input[name="${controlNames.marks}"]`)];
  if (radios.length === 0) return;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKeys.marks);
  } catch {
    // No storage: the glossary's policy stays the default.
  }
  // The text's every-name page has every name marked in its HTML (its radio checked by the server):
  // the page says which it is, whatever was stored.
  if (radios.some((radio) => radio.defaultChecked && radio.value === 'every')) {
    wrapped = true;
  }
  const requested = wrapped ? 'every' : (new URLSearchParams(location.search).get('marks') ?? stored);
  if (isMode(requested) && requested !== 'first') {
    const radio = radios.find((candidate) => candidate.value === requested);
    if (radio) radio.checked = true;
    choose(requested);
  }
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!isMode(radio.value)) return;
      choose(radio.value);
      try {
        localStorage.setItem(storageKeys.marks, radio.value);
      } catch {
        // The choice then lasts for this page only.
      }
      const url = new URL(location.href);
      if (radio.value === 'every') url.searchParams.set('marks', 'every');
      else url.searchParams.delete('marks');
      history.replaceState(history.state, '', url);
      changed();
    });
  }
}
