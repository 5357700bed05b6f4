import { storageKeys } from '@/lib/client/reader-data';

/**
 * The gloss language: the radio buttons already switch every gloss and note body (CSS); this keeps
 * the choice across pages and sets each popover's `lang` to the language it shows.
 */
export function initGloss(): void {
  const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="gloss"]')];
  if (radios.length === 0) return;
  const apply = (lang: string) => {
    for (const popover of document.querySelectorAll<HTMLElement>('.popover')) popover.lang = lang;
  };
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKeys.gloss);
  } catch {
    // No storage: the interface language stays the default.
  }
  const chosen = radios.find((radio) => radio.value === stored);
  if (chosen) chosen.checked = true;
  apply(radios.find((radio) => radio.checked)?.value ?? document.documentElement.lang);
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      apply(radio.value);
      try {
        localStorage.setItem(storageKeys.gloss, radio.value);
      } catch {
        // The choice then lasts for this page only.
      }
    });
  }
}
