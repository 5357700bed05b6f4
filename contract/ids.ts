/**
 * The shapes of the identifiers that travel in addresses: text slugs, glossary entry ids and block ids.
 * The content schema checks them, the importer writes them, references and the reading layer parse them.
 */

/** A text's slug or a glossary entry's id: lowercase letters, digits and single hyphens (`januar-aufstand`). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The same as `slugPattern`, for embedding in a larger pattern (no anchors). */
export const slugSource = slugPattern.source.slice(1, -1);

/**
 * A block id: one lowercase letter, digits, optionally one letter for a block inserted later
 * (`p12`, `p12a`). Never a hyphen, so that `p12-p14` reads as a range.
 */
export const blockIdPattern = /^[a-z]\d+[a-z]?$/;
