/**
 * “Mark every name”: the text marks each glossary entry where its policy says (annotations/glossary.yaml,
 * `mark:`); a reader who wants every occurrence marked chooses so once. The choice is remembered and
 * goes into the address (`?marks=every`), so that a shared link shows the same. The page holds the
 * other occurrences as plain text (no element, no tab stop); this wraps them, with the build's own
 * matcher (lib/markdown/term-pattern.ts), only when asked.
 */
import { annotationIds } from '@/components/annotation-ids';
import { markModes, storageKeys, type MarkMode, type ReaderData } from '@/lib/client/reader-data';
import { termPattern } from '@/lib/markdown/term-pattern';

const skipped = 'a, button, sup, .term';

function isMode(value: string | null | undefined): value is MarkMode {
  return (markModes as readonly (string | null | undefined)[]).includes(value);
}

function wrapAll(forms: Record<string, string>): void {
  const pattern = termPattern(Object.keys(forms).map((form) => ({ form })), { softHyphens: true });
  if (!pattern) return;
  for (const cell of document.querySelectorAll('.rows .cell')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(skipped) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    for (const node of nodes) {
      const value = node.data;
      const parts: (string | HTMLButtonElement)[] = [];
      let last = 0;
      for (const match of value.matchAll(pattern)) {
        const entry = forms[match[0].replaceAll('\u00AD', '')];
        if (!entry || !document.getElementById(annotationIds.termPopover(entry))) continue;
        parts.push(value.slice(last, match.index));
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'term term--added';
        button.dataset.term = entry;
        button.setAttribute('popovertarget', annotationIds.termPopover(entry));
        button.textContent = match[0];
        parts.push(button);
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
  for (const button of document.querySelectorAll('.term--added')) {
    const cell = button.closest('.cell');
    if (cell) cells.add(cell);
    button.replaceWith(button.textContent ?? '');
  }
  for (const cell of cells) cell.normalize();
}

function apply(mode: MarkMode, forms: Record<string, string>): void {
  const root = document.documentElement;
  if (mode === 'every' && root.dataset.marks !== 'every') wrapAll(forms);
  if (mode === 'first' && root.dataset.marks === 'every') unwrapAll();
  if (mode === 'every') root.dataset.marks = 'every';
  else delete root.dataset.marks;
}

/** `changed` runs after every change (the language switch carries the choice over). */
export function initMarks(data: ReaderData | undefined, changed: () => void): void {
  const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="marks"]')];
  const forms = data?.forms;
  if (radios.length === 0 || !forms) return;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKeys.marks);
  } catch {
    // No storage: the glossary's policy stays the default.
  }
  const requested = new URLSearchParams(location.search).get('marks') ?? stored;
  if (isMode(requested) && requested !== 'first') {
    const radio = radios.find((candidate) => candidate.value === requested);
    if (radio) radio.checked = true;
    apply(requested, forms);
  }
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!isMode(radio.value)) return;
      apply(radio.value, forms);
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
