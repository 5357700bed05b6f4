/**
 * The only part of the reading layer in every page's script: it loads the layer (bundled on its own)
 * when it is needed — a selection in the text, the H key, annotations stored earlier, or the “My
 * annotations” page — so that a reader who never annotates pays nothing for it.
 */
import { myAnnotationsId, readingDataId, readingScriptUrl, type ReadingLayerApi } from '@/contract/reading';

let layer: Promise<ReadingLayerApi | undefined> | undefined;

function load(): Promise<ReadingLayerApi | undefined> {
  const url: string = readingScriptUrl;
  layer ??= (import(url) as Promise<{ start(): Promise<ReadingLayerApi | undefined> }>)
    .then((module) => module.start())
    .catch((error: unknown) => {
      // A network failure (offline without the offline copy) must not disable the layer for the
      // rest of the visit: the next selection tries again.
      layer = undefined;
      console.warn('The reading layer could not start:', error);
      return undefined;
    });
  return layer;
}

function storedBefore(): boolean {
  try {
    return localStorage.getItem('edition:reading') === '1';
  } catch {
    return false;
  }
}

function selectionInText(): boolean {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
  const node = selection.getRangeAt(0).commonAncestorContainer;
  return Boolean((node instanceof Element ? node : node.parentElement)?.closest('.rows'));
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function initReading(): void {
  if (!document.getElementById(readingDataId)) return;
  if (document.getElementById(myAnnotationsId) || storedBefore()) void load();
  let timer: number | undefined;
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (selectionInText()) void load().then((api) => api?.selectionChanged());
      else if (layer) void layer.then((api) => api?.selectionChanged());
    }, 120);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'h' && event.key !== 'H') return;
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || !selectionInText()) return;
    event.preventDefault();
    void load().then((api) => api?.highlightSelection());
  });
}
