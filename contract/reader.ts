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

/** The text's aligned rows (components/TextRows.tsx): one per block, each the anchor of its block (`id="p12"`). */
export const rowClasses = {
  rows: 'rows',
  row: 'row',
  /** A row's ¶ number: a link to it, and what opens its citation. */
  label: 'row-label',
  /** A row's version in one language (`lang` on it). */
  cell: 'cell',
  /** The script's button that shows the other language of a row on a phone. */
  reveal: 'reveal',
  /** Set by the script: the row shows both languages. */
  revealed: 'is-revealed',
  /** Set by the script: a deep link's target rows. */
  highlighted: 'is-highlighted',
} as const;

/** The rows of the text, in reading order (with `[id]`: the block rows). */
export const rowSelector = `.${rowClasses.rows} .${rowClasses.row}`;

/** The reader's views of a text: one language, both side by side, or both interleaved. */
export const views = ['de', 'en', 'parallel', 'interleaved'] as const;
export type View = (typeof views)[number];

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Text sizes in per cent of the base size, smallest to largest. */
export const textSizes = [90, 100, 112, 125, 140] as const;

/** localStorage: the reader's choices, kept across pages and visits. */
export const storageKeys = { view: 'edition:view', theme: 'edition:theme', size: 'edition:size', gloss: 'edition:gloss', marks: 'edition:marks' } as const;

/** How many names the text marks: as the glossary's policy says, or every occurrence (`?marks=every`). */
export const markModes = ['first', 'every'] as const;
export type MarkMode = (typeof markModes)[number];

/** The reader's choices on `<html>`: set before the first paint (lib/page-data/init-script.ts) and by the script; the stylesheet reads them. */
export const rootAttributes = { view: 'data-view', theme: 'data-theme', size: 'data-size', marks: 'data-marks' } as const;

/** Ids of the reader page's elements that its script finds. */
export const readerIds = {
  /** The polite status region that announces where the reader landed. */
  status: 'reader-status',
  /** The box that shows the same message for a moment. */
  toast: 'reader-toast',
  /** The ¶ panel (components/ParagraphPanel.tsx) and its title. */
  panel: 'para-panel',
  panelTitle: 'para-panel-title',
} as const;

export const toastClasses = { box: 'reader-toast', text: 'reader-toast-text', close: 'reader-toast-close' } as const;

/** The ¶ panel's lists and buttons, `data-panel="<part>"`, filled by client/panel.ts. */
export const panelPartAttribute = 'data-panel';
export const panelParts = { cite: 'cite', names: 'names', notes: 'notes', mine: 'mine', mineHeading: 'mine-heading' } as const;

/** The selector of one part of the ¶ panel: `[data-panel="names"]`. */
export function panelPart(part: (typeof panelParts)[keyof typeof panelParts]): string {
  return `[${panelPartAttribute}="${part}"]`;
}

/** The reader's radio groups (components/ReaderControls.tsx, GlossSwitch.tsx), by `name`; each radio's id is `<name>-<value>`. */
export const controlNames = { view: 'view', marks: 'marks', gloss: 'gloss' } as const;
export type ControlName = (typeof controlNames)[keyof typeof controlNames];

export function controlId(name: ControlName, value: string): string {
  return `${name}-${value}`;
}

/** `data-action="<action>"` on the text size and colour scheme buttons. */
export const actionAttribute = 'data-action';
export const actions = { smaller: 'smaller', larger: 'larger', theme: 'theme' } as const;

/** The gloss language switch: a click on it keeps open popovers open. */
export const glossSwitchClass = 'gloss-switch';

/** The header's link to the page in the other language (components/SiteHeader.tsx): the script carries the view and the fragment over. */
export const languageSwitchClass = 'language-switch';

/** The element that holds the JSON a reader page hands its script at start-up. */
export const readerDataId = 'reader-data';
