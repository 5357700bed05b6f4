/**
 * The one table of the edition's file types: what `Content-Type` each file the export publishes (or
 * will publish: TEI, EPUB, Markdown) goes out with, and which are text worth precompressing.
 * scripts/static-server.js serves from it, and the nginx `types` block in README "Deploying" is
 * checked against it (tests/unit/server/mime-types.test.ts), so the two cannot drift.
 * Plain ESM JavaScript with JSDoc types, dependency-free, for `node scripts/start.js`.
 */

/**
 * @typedef {object} FileType
 * @property {string} suffix       the end of the file name, with its dot; the longest matching suffix wins
 * @property {string} type         the media type, with `charset=utf-8` for text
 * @property {boolean} compressible  text: postbuild writes .br/.gz copies, the server negotiates them
 */

/** @type {FileType[]} */
export const fileTypes = [
  { suffix: '.html', type: 'text/html; charset=utf-8', compressible: true },
  { suffix: '.css', type: 'text/css; charset=utf-8', compressible: true },
  { suffix: '.js', type: 'text/javascript; charset=utf-8', compressible: true },
  { suffix: '.mjs', type: 'text/javascript; charset=utf-8', compressible: true },
  { suffix: '.json', type: 'application/json; charset=utf-8', compressible: true },
  { suffix: '.jsonld', type: 'application/ld+json; charset=utf-8', compressible: true },
  { suffix: '.webmanifest', type: 'application/manifest+json; charset=utf-8', compressible: true },
  { suffix: '.map', type: 'application/json; charset=utf-8', compressible: true },
  { suffix: '.txt', type: 'text/plain; charset=utf-8', compressible: true },
  { suffix: '.md', type: 'text/markdown; charset=utf-8', compressible: true },
  { suffix: '.xml', type: 'application/xml; charset=utf-8', compressible: true },
  { suffix: '.tei.xml', type: 'application/tei+xml; charset=utf-8', compressible: true },
  { suffix: '.svg', type: 'image/svg+xml; charset=utf-8', compressible: true },
  { suffix: '.bib', type: 'application/x-bibtex; charset=utf-8', compressible: true },
  { suffix: '.ris', type: 'application/x-research-info-systems; charset=utf-8', compressible: true },
  { suffix: '.csv', type: 'text/csv; charset=utf-8', compressible: true },
  { suffix: '.woff2', type: 'font/woff2', compressible: false },
  { suffix: '.woff', type: 'font/woff', compressible: false },
  { suffix: '.ico', type: 'image/x-icon', compressible: false },
  { suffix: '.png', type: 'image/png', compressible: false },
  { suffix: '.jpg', type: 'image/jpeg', compressible: false },
  { suffix: '.webp', type: 'image/webp', compressible: false },
  { suffix: '.avif', type: 'image/avif', compressible: false },
  { suffix: '.pdf', type: 'application/pdf', compressible: false },
  { suffix: '.epub', type: 'application/epub+zip', compressible: false },
  { suffix: '.wasm', type: 'application/wasm', compressible: false },
  // Pagefind's index: binary, compressed by Pagefind itself and inflated by its script (never a
  // Content-Encoding, which the browser would undo before Pagefind sees the bytes).
  { suffix: '.pagefind', type: 'application/octet-stream', compressible: false },
  { suffix: '.pf_meta', type: 'application/octet-stream', compressible: false },
  { suffix: '.pf_index', type: 'application/octet-stream', compressible: false },
  { suffix: '.pf_fragment', type: 'application/octet-stream', compressible: false },
  { suffix: '.pf_filter', type: 'application/octet-stream', compressible: false },
];

/** Anything the table does not name: bytes, never sniffed (the server sends `nosniff`). */
export const defaultType = 'application/octet-stream';

/** CSL-JSON (the citation API) is JSON with its own registered type: `/api/cite/*.json`. */
export const cslJsonPrefix = '/api/cite/';
export const cslJsonType = 'application/vnd.citationstyles.csl+json; charset=utf-8';

const bySuffixLength = [...fileTypes].sort((a, b) => b.suffix.length - a.suffix.length);

/**
 * The file type of a URL path (or a file path relative to the export, with forward slashes).
 * @param {string} pathname
 * @returns {{ type: string, compressible: boolean }}
 */
export function fileTypeOf(pathname) {
  const lower = pathname.toLowerCase();
  if (lower.startsWith(cslJsonPrefix) && lower.endsWith('.json')) return { type: cslJsonType, compressible: true };
  const match = bySuffixLength.find((entry) => lower.endsWith(entry.suffix));
  return match ? { type: match.type, compressible: match.compressible } : { type: defaultType, compressible: false };
}

/**
 * Files a static host may send with a wrong type, or without a charset, when it guesses by suffix: the
 * citation downloads (Chromium showed a RIS sent without its type as mojibake), CSL-JSON, Web
 * Annotations, TEI, Markdown, plain text, manifests. out/_headers names each one's type (security-headers.js).
 * @param {string} pathname
 */
export function hostMayMistype(pathname) {
  const lower = pathname.toLowerCase();
  if (lower.startsWith(cslJsonPrefix) && lower.endsWith('.json')) return true;
  return ['.bib', '.ris', '.jsonld', '.tei.xml', '.md', '.txt', '.webmanifest'].some((suffix) => lower.endsWith(suffix));
}

/** The suffixes postbuild precompresses, as a regular expression over file names. */
export const compressiblePattern = new RegExp(
  `(${fileTypes
    .filter((entry) => entry.compressible)
    .map((entry) => entry.suffix.replace(/\./g, '\\.'))
    .join('|')})$`,
);
