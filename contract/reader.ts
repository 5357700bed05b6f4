/**
 * The reader's hooks shared by its pages (components/, app/) and its script (client/): ids, classes,
 * data attributes and addresses that both sides must spell the same. Dependency-free on purpose.
 */

/** The reader's annotations file: every gloss and note body a page's popovers and ¶ panel show. */
export const readerAnnotationsPath = (slug: string, locale: string): string => `/reader/${slug}.${locale}.json`;

/** Every note of a text, in order, on a page of its own: what a note marker links to without the script. */
export const notesPagePath = (locale: string, slug: string): string => `/${locale}/texts/${slug}/notes`;

/**
 * The text with every occurrence of every name marked: where “Mark every name” leads without the
 * script (with it, the names are marked in place and `?marks=every` says so in the address).
 */
export const everyNamePagePath = (locale: string, slug: string): string => `/${locale}/texts/${slug}/every-name`;

/** A note's anchor: on the notes page its entry, on the reader page its first marker (`#note-<id>`). */
export const noteAnchor = (note: string): string => `note-${note}`;

/** The note a fragment names (`note-<id>` → `<id>`): a note marker says which note it is by its link alone. */
export const noteOfFragment = (fragment: string): string | undefined => (fragment.startsWith('note-') ? fragment.slice('note-'.length) : undefined);

/** The popovers the script builds from the annotations file (prefixed: never a block id, never a note anchor). */
export const popoverIds = {
  term: (entry: string): string => `pop-term-${entry}`,
  note: (note: string): string => `pop-note-${note}`,
} as const;

export const readerClasses = {
  /** A marked glossary term: a link to its register entry, which the script turns into its popover. */
  term: 'term',
  /** An occurrence marked by “Mark every name”. */
  addedTerm: 'term--added',
  /** A note's number in the text: a link to the notes page, which the script turns into its popover. */
  noteMarker: 'note-marker',
  /** The words a note is about. */
  noteRef: 'note-ref',
  popover: 'popover',
  termPopover: 'popover--term',
  notePopover: 'popover--note',
  /** Where the script puts the popovers it builds; in print, the notes as endnotes. */
  popovers: 'popovers',
  notesHeading: 'notes-heading',
} as const;

/** A term names its entry and a note's marker its note by their links alone (`entryOfHref`, `noteOfFragment`). */
export const readerAttributes = {
  /** The kind line of a gloss or note body (“Place”, “Note 12 · Correction”), in that body's language. */
  label: 'data-label',
} as const;

/** The element that holds the JSON a reader page hands its script at start-up. */
export const readerDataId = 'reader-data';
