import type { Nodes } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * The plain text of a block (or of a part of it) as a reader reads it: the one definition that the
 * block's `text` (search, JSON, register excerpts), note numbering, note placement and the term
 * positions recorded by the marking all count in, so that an offset means the same everywhere.
 * Whitespace is already normalised where the block is built (blocks-to-hast.ts).
 */
export function blockText(node: Nodes): string {
  return toString(node);
}
