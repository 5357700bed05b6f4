/**
 * A reference built from what the reader page says in its head (the metadata reference managers
 * read, lib/citation/metadata.ts), for the moment before the citation templates have arrived: the
 * copy handler runs inside the `copy` event and cannot wait for them. Minimal but correct: creators,
 * title, site, date of the version, the work's address; no access date, no translators.
 */

import { metaNames, metaProperties } from '@/contract/page-metadata';

export interface PageMetadata {
  /** `DC.creator`, as Zotero reads it: “Family, Given” or an organisation with a trailing comma. */
  creators: string[];
  title: string;
  site?: string;
  date?: string;
}

/** The page's head metadata, if it has a title. */
export function pageMetadata(doc: Document): PageMetadata | undefined {
  const contents = (selector: string) => [...doc.querySelectorAll<HTMLMetaElement>(`head meta[${selector}]`)].map((tag) => tag.content.trim()).filter(Boolean);
  const [title] = contents(`name="${metaNames.title}"`);
  if (!title) return undefined;
  const [site] = contents(`property="${metaProperties.siteName}"`);
  const [date] = contents(`name="${metaNames.date}"`);
  return { creators: contents(`name="${metaNames.creator}"`), title, ...(site ? { site } : {}), ...(date ? { date } : {}) };
}

/**
 * A bibliography entry in Chicago's shape: `Zavatsky, Yana. “Title.” Site, 2026. https://…` in English,
 * `Zavatsky, Yana. „Title“. Site, 2026. https://…` in German (the interface language's quotation marks).
 */
export function pageReference(metadata: PageMetadata, locale: string, url: string): string {
  // An organisation's trailing comma only tells Zotero to keep it one name.
  const creators = metadata.creators.map((creator) => creator.replace(/,$/, '')).join('; ');
  const title = locale === 'de' ? `„${metadata.title}“.` : `“${metadata.title}.”`;
  const published = [metadata.site, metadata.date].filter(Boolean).join(', ');
  return [creators ? `${creators}.` : '', title, published ? `${published}.` : '', url].filter(Boolean).join(' ');
}
