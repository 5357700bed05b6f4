/**
 * What the pages and the reading layer agree on: the layer's script address, its data element and
 * its strings. Types and constants only, importing nothing outside contract/: the reader's main script includes this.
 */
import type { StyleId } from './cite-tokens';
import type { Language } from './languages';

/** The reading layer, bundled on its own (scripts/postbuild.ts) and loaded only when used. */
export const readingScriptUrl = '/reading/reading.js';

/** `<script type="application/json" id="reading-data">` on reader pages and on “My annotations”. */
export const readingDataId = 'reading-data';

/** The element “My annotations” fills. */
export const myAnnotationsId = 'my-annotations';

export const readingMessageKeys = [
  'highlight',
  'edit',
  'save',
  'remove',
  'close',
  'colour',
  'note',
  'tags',
  'tagsHint',
  'yours',
  'saved',
  'removed',
  'undo',
  'orphans',
  'unavailable',
  'quota',
  'cleared',
  'failed',
  'moved',
  'empty',
  'count',
  'filterTag',
  'filterColour',
  'filterText',
  'all',
  'exportJson',
  'exportMarkdown',
  'exportCsl',
  'import',
  'imported',
  'importFailed',
  'style',
  'orphan',
  'paragraph',
  'open',
  'colours.yellow',
  'colours.green',
  'colours.blue',
  'colours.pink',
  'markdownNote',
  'markdownTags',
  'collectionLabel',
  'printHeading',
] as const;
export type ReadingMessageKey = (typeof readingMessageKeys)[number];

/**
 * The layer's interface strings, one file per interface language shared by every page
 * (`/reading/strings.<locale>.json`), fetched when the layer starts: a reader who never annotates
 * does not download them with every page.
 */
export const readingStringsPath = (locale: Language): string => `/reading/strings.${locale}.json`;

export interface ReadingStrings {
  messages: Record<ReadingMessageKey, string>;
  /** The citation styles' names, as the cite popover heads them (`Cite.styles`). */
  styleNames: Record<StyleId, string>;
}

/** What a page writes into `#reading-data`: only what is its own. */
export interface ReadingPageData {
  locale: Language;
  /** On a reader page: the text, and released ids that were split or merged (the anchors lock). */
  text?: { slug: string; redirects: Record<string, string[]> };
  /** On “My annotations”: every text, for titles and links. */
  texts?: { slug: string; title: string; url: string }[];
  /**
   * On “My annotations”: the edition's public origin when one is configured (EDITION_URL or the
   * edition's `url`), so that exported targets are its canonical IRIs, wherever the page is served from.
   */
  origin?: string;
}

/** What the layer works with: the page's data and the strings of its language. */
export type ReadingData = ReadingPageData & ReadingStrings;

/** What the loaded layer offers the page's script. */
export interface ReadingLayerApi {
  selectionChanged(): void;
  highlightSelection(): void;
}
