/**
 * Popovers of terms and notes, on top of the native Popover API (which already opens them from their
 * buttons, without JavaScript): placement beside the trigger in every browser, and a hover preview for
 * mouse users that follows WCAG 1.4.13 — it can be dismissed (Escape), hovered (the pointer may move
 * onto it) and stays until the pointer leaves both. A click on the trigger makes it stay.
 */
const hoverCapable = window.matchMedia('(hover: hover) and (pointer: fine)');
const phone = window.matchMedia('(max-width: 37.5rem)');
const triggerSelector = '.term, .note-marker';
const gap = 6;
const margin = 8;

const triggers = new WeakMap<HTMLElement, HTMLElement>();

/** A term's button names its popover (`popovertarget`); a note's marker links to it (`#note-<id>`). */
function popoverOf(trigger: Element): HTMLElement | null {
  const id = trigger.getAttribute('popovertarget') ?? trigger.getAttribute('href')?.replace(/^#/, '');
  const popover = id ? document.getElementById(id) : null;
  return popover?.hasAttribute('popover') ? popover : null;
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
  if (!isOpen(popover)) popover.showPopover();
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
      if (!(popover instanceof HTMLElement) || !popover.classList.contains('popover')) return;
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

  // Remember which button opened a popover, and make a hover preview stay when its trigger is clicked.
  document.addEventListener(
    'click',
    (event) => {
      const trigger = event.target instanceof Element ? event.target.closest<HTMLElement>(triggerSelector) : null;
      if (!trigger) return;
      const popover = popoverOf(trigger);
      if (!popover) return;
      window.clearTimeout(openTimer);
      triggers.set(popover, trigger);
      if (isOpen(popover) && popover.dataset.hover !== undefined) {
        event.preventDefault();
        delete popover.dataset.hover;
        return;
      }
      // A note's marker is a link (the no-script fallback): with the script it toggles the popover.
      if (trigger instanceof HTMLAnchorElement) {
        event.preventDefault();
        if (isOpen(popover)) popover.hidePopover();
        else openPopover(popover, trigger);
      }
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
    const inPopover = event.target.closest<HTMLElement>('.popover');
    if (inPopover) {
      window.clearTimeout(closeTimer);
      return;
    }
    const trigger = event.target.closest<HTMLElement>(triggerSelector);
    const popover = trigger ? popoverOf(trigger) : null;
    if (!trigger || !popover) return;
    window.clearTimeout(closeTimer);
    window.clearTimeout(openTimer);
    openTimer = window.setTimeout(() => {
      if (!isOpen(popover)) openPopover(popover, trigger, true);
    }, 350);
  });

  document.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse' || !(event.target instanceof Element)) return;
    const left = event.target.closest<HTMLElement>(`${triggerSelector}, .popover`);
    if (!left) return;
    const to = event.relatedTarget instanceof Element ? event.relatedTarget : null;
    if (to && left.contains(to)) return;
    window.clearTimeout(openTimer);
    const popover = left.classList.contains('popover') ? left : popoverOf(left);
    if (popover && isOpen(popover) && popover.dataset.hover !== undefined) scheduleClose(popover);
  });

  window.addEventListener('resize', () => {
    for (const popover of document.querySelectorAll<HTMLElement>('.popover:popover-open')) {
      const trigger = triggers.get(popover);
      if (trigger) place(popover, trigger);
    }
  });
}
