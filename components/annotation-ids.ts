/**
 * Element ids of annotations on a page. Prefixed, so that they can never clash with block ids
 * (`p12`) or with each other.
 */
export const annotationIds = {
  termPopover: (entry: string) => `pop-term-${entry}`,
  notePopover: (note: string) => `pop-note-${note}`,
  /** A note's permalink anchor in the notes list at the end of the text. */
  note: (note: string) => `note-${note}`,
  /** A glossary entry's anchor on the register page. */
  entry: (entry: string) => `entry-${entry}`,
};
