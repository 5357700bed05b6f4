import { readingDataId, type ReadingPageData } from '@/contract/reading';

/** JSON for the script; `<` is escaped so that no string can close the script element. */
function serialise(data: ReadingPageData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The reading layer's context on this page, for client/reading/ (loaded only when used); its
 * strings are a file of their own per language (`readingStringsPath`), fetched when the layer starts.
 */
export function ReadingLayerData({ locale, text, texts, origin }: ReadingPageData) {
  const data: ReadingPageData = { locale, ...(text ? { text } : {}), ...(texts ? { texts } : {}), ...(origin ? { origin } : {}) };
  return <script type="application/json" id={readingDataId} data-edition="data" dangerouslySetInnerHTML={{ __html: serialise(data) }} />;
}
