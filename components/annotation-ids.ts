/**
 * Element ids of annotations on a page. Prefixed, so that they can never clash with block ids
 * (`p12`) or with each other.
 */
export const annotationIds = {
  termPopover: (entry: string) => `pop-term-${entry}`,
  /** A note's popover, which is also its permalink (`#note-<id>`): the one place its body is. */
  notePopover: (note: string) => `note-${note}`,
  /** A note's permalink anchor: its popover. */
  note: (note: string) => `note-${note}`,
  /** A glossary entry's anchor on the register page. */
  entry: (entry: string) => `entry-${entry}`,
};
