import { registerOf } from '../annotations/register';
import type { Edition } from '../content/model';
import { entryHref } from '@/contract/routes';

/** The public glossary JSON: fields may be added, never renamed or removed. */
export function glossaryJson(edition: Edition) {
  const register = registerOf(edition);
  return {
    entries: edition.glossary.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      headword: entry.headword,
      forms: entry.forms,
      aka: entry.aka,
      gloss: entry.gloss,
      related: entry.related,
      sources: entry.sources,
      occurrences: (register.get(entry.id) ?? []).map((occurrence) => ({ text: occurrence.text, block: occurrence.block, lang: occurrence.lang })),
      url: { de: entryHref('de', entry.id), en: entryHref('en', entry.id) },
    })),
    /** Released ids of entries that were merged or renamed → the entry that replaced them (its page redirects). */
    redirects: edition.glossaryLock.redirects,
  };
}
