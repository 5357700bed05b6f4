/**
 * Popovers of terms and notes, on top of the native Popover API. A marked term is a link to its
 * register entry and a note's number a link to the notes page (what a reader gets without the
 * script); a plain click on either opens its popover instead, built from the annotations file on first
 * use (client/annotations.ts), and a modified click (new tab, window) still follows the link. Adds
 * placement beside the trigger in every browser, and a hover preview for mouse users that follows
 * WCAG 1.4.13 — it can be dismissed (Escape), hovered (the pointer may move onto it) and stays until
 * the pointer leaves both. A click on the trigger makes it stay.
 */
import { readerClasses } from '@/contract/reader';
import { loadAnnotations, popoverFor } from './annotations';

const hoverCapable = window.matchMedia('(hover: hover) and (pointer: fine)');
const phone = window.matchMedia('(max-width: 37.5rem)');
const triggerSelector = `.${readerClasses.term}, .${readerClasses.noteMarker}`;
const gap = 6;
const margin = 8;

const triggers = new WeakMap<HTMLElement, HTMLElement>();

/** The popover of a term or note marker once the annotations have arrived, or of a button that names one. */
function popoverOf(trigger: Element): HTMLElement | undefined {
  const named = trigger.getAttribute('popovertarget');
  if (named) return document.getElementById(named) ?? undefined;
  return popoverFor(trigger);
}

function isOpen(popover: HTMLElement): boolean {
  return popover.matches(':popover-open');
}

/** Below the trigger, or above it when there is no room; always inside the viewport. */
function place(popover: HTMLElement, trigger: HTMLElement): void {
  if (phone.matches) {
    delete popover.dataset.positioned;
    popover.style.removeProperty('left');
    popover.style.removeProperty('top');
    return;
  }
  const anchor = trigger.getBoundingClientRect();
  popover.dataset.positioned = '';
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const left = Math.min(Math.max(margin, anchor.left), window.innerWidth - width - margin);
  const below = anchor.bottom + gap;
  const top = below + height <= window.innerHeight - margin ? below : Math.max(margin, anchor.top - gap - height);
  popover.style.left = `${Math.max(margin, left)}px`;
  popover.style.top = `${top}px`;
}

/** Opens a popover beside the element that asked for it (also used by the “Cite” popover). */
export function openPopover(popover: HTMLElement, trigger: HTMLElement, byHover = false): void {
  triggers.set(popover, trigger);
  if (byHover) popover.dataset.hover = '';
  else delete popover.dataset.hover;
  // The trigger as the popover's source: the browser then keeps it out of the light dismiss and
  // moves Tab from it into the popover, as for a `popovertarget` button.
  if (!isOpen(popover)) popover.showPopover({ source: trigger });
  place(popover, trigger);
}

/** Opens again, beside the same trigger, a popover that was just closed (the gloss switch's click outside closes it). */
export function reopenPopover(popover: HTMLElement): void {
  const trigger = triggers.get(popover);
  if (isOpen(popover)) return;
  if (trigger) openPopover(popover, trigger);
  else popover.showPopover();
}

export function initPopovers(): void {
  // One listener for every popover (toggle does not bubble, but it is captured): nothing per popover at start-up.
  document.addEventListener(
    'toggle',
    (event) => {
      const popover = event.target;
      if (!(popover instanceof HTMLElement) || !popover.classList.contains(readerClasses.popover)) return;
      const state = (event as ToggleEvent).newState;
      const trigger = triggers.get(popover);
      if (state === 'open' && trigger) place(popover, trigger);
      if (state === 'closed') delete popover.dataset.hover;
    },
    true,
  );

  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  // A preview must never reopen what the reader has just dismissed.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') window.clearTimeout(openTimer);
  });

  // A plain click on a term or note marker opens its popover (once the annotations are there) instead
  // of following the link, and makes a hover preview stay; a modified click follows the link.
  document.addEventListener(
    'click',
    (event) => {
      const trigger = event.target instanceof Element ? event.target.closest<HTMLElement>(triggerSelector) : null;
      if (!trigger || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      window.clearTimeout(openTimer);
      const named = trigger.hasAttribute('popovertarget');
      if (!named) event.preventDefault();
      const act = (popover: HTMLElement | undefined) => {
        if (!popover) {
          // No annotations (offline without them, a failed fetch): the link's own page has it all.
          if (trigger instanceof HTMLAnchorElement) location.assign(trigger.href);
          return;
        }
        triggers.set(popover, trigger);
        if (isOpen(popover) && popover.dataset.hover !== undefined) {
          delete popover.dataset.hover;
          return;
        }
        if (named) return;
        if (isOpen(popover)) popover.hidePopover();
        else openPopover(popover, trigger);
      };
      const ready = popoverOf(trigger);
      if (ready || named) act(ready);
      else void loadAnnotations().then(() => act(popoverOf(trigger)));
    },
    true,
  );

  const scheduleClose = (popover: HTMLElement) => {
    window.clearTimeout(closeTimer);
    closeTimer = window.setTimeout(() => {
      if (popover.dataset.hover !== undefined && isOpen(popover)) popover.hidePopover();
    }, 300);
  };

  document.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse' || !hoverCapable.matches || !(event.target instanceof Element)) return;
    const inPopover = event.target.closest<HTMLElement>(`.${readerClasses.popover}`);
    if (inPopover) {
      window.clearTimeout(closeTimer);
      return;
    }
    const trigger = event.target.closest<HTMLElement>(triggerSelector);
    if (!trigger) return;
    window.clearTimeout(closeTimer);
    window.clearTimeout(openTimer);
    // Fetched while the pointer rests (if the idle prefetch has not already done it).
    const loaded = loadAnnotations();
    openTimer = window.setTimeout(() => {
      void loaded.then(() => {
        const popover = popoverOf(trigger);
        if (popover && !isOpen(popover) && trigger.matches(':hover')) openPopover(popover, trigger, true);
      });
    }, 350);
  });

  document.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse' || !(event.target instanceof Element)) return;
    const left = event.target.closest<HTMLElement>(`${triggerSelector}, .popover`);
    if (!left) return;
    const to = event.relatedTarget instanceof Element ? event.relatedTarget : null;
    if (to && left.contains(to)) return;
    window.clearTimeout(openTimer);
    const popover = left.classList.contains(readerClasses.popover) ? left : popoverOf(left);
    if (popover && isOpen(popover) && popover.dataset.hover !== undefined) scheduleClose(popover);
  });

  window.addEventListener('resize', () => {
    for (const popover of document.querySelectorAll<HTMLElement>(`.${readerClasses.popover}:popover-open`)) {
      const trigger = triggers.get(popover);
      if (trigger) place(popover, trigger);
    }
  });
}
