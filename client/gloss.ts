import { controlNames, glossSwitchClass, readerClasses, storageKeys } from '@/contract/reader';
import { reopenPopover } from './popovers';

/**
 * The gloss language: the radio buttons already switch every gloss, note body and popover label
 * (CSS; each carries its own lang); this keeps the choice across pages, and keeps a popover that is
 * open when the reader switches open, now in the other language (a click on the switch is a click
 * outside the popover, which would close it).
 */
export function initGloss(): void {
  const radios = [...document.querySelectorAll<HTMLInputElement>(`input[name="${controlNames.gloss}"]`)];
  if (radios.length === 0) return;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKeys.gloss);
  } catch {
    // No storage: the interface language stays the default.
  }
  const chosen = radios.find((radio) => radio.value === stored);
  if (chosen && !chosen.checked) chosen.checked = true;
  let open: HTMLElement[] = [];
  document.addEventListener(
    'pointerdown',
    (event) => {
      open =
        event.target instanceof Element && event.target.closest(`.${glossSwitchClass}`)
          ? [...document.querySelectorAll<HTMLElement>(`.${readerClasses.popover}:popover-open`)]
          : [];
    },
    true,
  );
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      for (const popover of open) reopenPopover(popover);
      open = [];
      try {
        localStorage.setItem(storageKeys.gloss, radio.value);
      } catch {
        // The choice then lasts for this page only.
      }
    });
  }
}
