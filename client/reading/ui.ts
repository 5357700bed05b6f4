/** Small pieces the reading layer's parts share: strings with values, ids, the status line. */
import { StorageProblem } from './store';
import type { ReadingData } from '@/contract/reading';

export { format } from '../template';

/** A new annotation's id: a URN, so that it names the annotation wherever the export goes. */
export function newAnnotationId(): string {
  return `urn:uuid:${crypto.randomUUID()}`;
}

export function storageMessage(messages: ReadingData['messages'], error: unknown): string {
  return messages[error instanceof StorageProblem ? error.kind : 'failed'];
}

let region: HTMLElement | undefined;
let timer: number | undefined;

/**
 * Tells the reader what happened, in a polite live region that does not cover the text for long: it
 * goes by itself after a while, and at once on Escape or its close button.
 */
export function say(message: string, action?: { label: string; run(): void }): void {
  if (!region) {
    region = document.createElement('div');
    region.id = 'reading-status';
    region.className = 'reading-status';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.replaceChildren(message);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', () => {
      action.run();
      region?.replaceChildren();
    });
    region.append(' ', button);
  }
  window.clearTimeout(timer);
  timer = window.setTimeout(() => region?.replaceChildren(), action ? 12_000 : 6_000);
}
