/**
 * The EPUB's ZIP container (OCF): `mimetype` first and stored uncompressed, as readers and epubcheck
 * require, then every other file compressed. One fixed timestamp, so that the same input gives the
 * same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface EpubEntry {
  path: string;
  content: string | Uint8Array;
}

export function zipEpub(entries: readonly EpubEntry[], mtime: Date): Uint8Array {
  const files: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0, mtime }] };
  for (const entry of entries) {
    const data = typeof entry.content === 'string' ? strToU8(entry.content) : entry.content;
    // Fonts are compressed already.
    files[entry.path] = [data, { level: entry.path.endsWith('.woff2') ? 0 : 9, mtime }];
  }
  return zipSync(files);
}
