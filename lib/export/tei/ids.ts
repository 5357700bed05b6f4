/**
 * The `xml:id`s of the TEI export. A block keeps the edition's id behind its language
 * (`de-p12`, `en-p12`: one document holds both versions, and an id must be unique in it); the
 * edition's id is what follows the first hyphen. Entries and notes keep theirs behind a kind prefix, the
 * same prefixes the reader's anchors use (`#entry-csto`, `#note-sic-grossbritanien`).
 */
export const teiIds = {
  version: (lang: string) => `text-${lang}`,
  block: (lang: string, id: string) => `${lang}-${id}`,
  quote: (lang: string, note: string) => `${lang}-quote-${note}`,
  note: (note: string) => `note-${note}`,
  entry: (entry: string) => `entry-${entry}`,
};
