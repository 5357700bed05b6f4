import { noteAnchor } from '@/contract/reader';

/**
 * Element ids of annotations on a page. Prefixed, so that they can never clash with block ids
 * (`p12`) or with each other.
 */
export const annotationIds = {
  /** A note's permalink anchor (contract/reader.ts): its marker on the reader page, its entry on the notes page. */
  note: noteAnchor,
  /** A glossary entry's anchor on the register page. */
  entry: (entry: string) => `entry-${entry}`,
};
