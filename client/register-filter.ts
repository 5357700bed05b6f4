/**
 * The register index's filter box (app/[locale]/glossary): loaded only on that page, as its own small
 * module (scripts/postbuild.ts bundles it to /register/filter.js). Without it the box stays hidden and
 * the index is complete. Typing narrows the A–Z list to the entries one of whose names (headwords,
 * spellings, aka: `data-names`, normalised) or whose line contains every word typed, ignoring case and
 * diacritics; the letters left empty and the list by kind are hidden meanwhile.
 */
import { registerFilterHooks, type RegisterFilterData } from '@/contract/register-filter';
import { format, normalise } from './search-logic';

/** Whether an entry's line matches every word of the query. */
export function lineMatches(words: readonly string[], names: string, line: string): boolean {
  const haystack = `${names} ${normalise(line)}`;
  return words.every((word) => haystack.includes(word));
}

function initRegisterFilter(): void {
  const box = document.querySelector<HTMLElement>(`[${registerFilterHooks.boxAttribute}]`);
  const field = box?.querySelector<HTMLInputElement>('input');
  const status = box?.querySelector<HTMLElement>('[role="status"]');
  const dataElement = document.getElementById(registerFilterHooks.dataId);
  if (!box || !field || !status || !dataElement?.textContent) return;
  const data = JSON.parse(dataElement.textContent) as RegisterFilterData;
  const plural = new Intl.PluralRules(document.documentElement.lang);
  const lines = [...document.querySelectorAll<HTMLLIElement>(`.${registerFilterHooks.listClass} > li`)].map((item) => ({
    item,
    names: item.dataset.names ?? '',
    text: item.textContent ?? '',
  }));
  const letters = [...document.querySelectorAll<HTMLElement>(`.${registerFilterHooks.letterClass}`)];
  const hideWhileFiltering = document.querySelectorAll<HTMLElement>(registerFilterHooks.hiddenWhileFiltering.map((name) => `.${name}`).join(', '));

  const apply = () => {
    const query = field.value.trim();
    const words = normalise(query)
      .split(' ')
      .filter((word) => word !== '');
    let count = 0;
    for (const line of lines) {
      const shown = words.length === 0 || lineMatches(words, line.names, line.text);
      line.item.hidden = !shown;
      if (shown) count += 1;
    }
    for (const letter of letters) letter.hidden = !letter.querySelector(`.${registerFilterHooks.listClass} > li:not([hidden])`);
    for (const element of hideWhileFiltering) element.hidden = words.length > 0;
    status.textContent =
      words.length === 0
        ? ''
        : count === 0
          ? format(data.messages.none, { query })
          : format(plural.select(count) === 'one' ? data.messages.one : data.messages.other, { count, total: data.total });
  };

  box.hidden = false;
  field.addEventListener('input', apply);
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && field.value !== '') {
      event.preventDefault();
      field.value = '';
      apply();
    }
  });
  // A value the browser restored (back/forward) filters at once.
  if (field.value) apply();
}

// Imported by the unit tests (lineMatches) without a document. Loaded `async`: it may run before the list is parsed.
if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', initRegisterFilter, { once: true });
  else initRegisterFilter();
}
