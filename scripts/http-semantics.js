/**
 * The parts of HTTP (RFC 9110) a static file server has to get right, as pure functions of header
 * values, so that each rule is tested on its own (tests/unit/server/http-semantics.test.ts) and no
 * header value, however hostile, can throw: byte ranges (§14), content codings with q-values
 * (§12.5.3) and conditional requests (§13). Used by scripts/static-server.js.
 */

/** Header values longer than this are not parsed at all (treated as absent): no quadratic work. */
const maxHeaderLength = 8192;

/** @param {unknown} value @returns {string | undefined} */
function headerText(value) {
  const text = Array.isArray(value) ? value.join(', ') : value;
  return typeof text === 'string' && text.length <= maxHeaderLength ? text : undefined;
}

/**
 * A non-negative decimal of any length as a number; digits beyond what a double holds exactly are
 * still larger than any file, which is all a range needs (`bytes=0-18446744073709551615`).
 * @param {string} digits
 */
function position(digits) {
  return digits.length > 15 ? Number.MAX_SAFE_INTEGER : Number(digits);
}

/**
 * @typedef {{ kind: 'full' } | { kind: 'partial', start: number, end: number } | { kind: 'unsatisfiable' }} RangeDecision
 */

/**
 * What to send for a `Range` header on a representation of `size` bytes (RFC 9110 §14.1.2, §14.2):
 * - absent, not `bytes`, or syntactically invalid (including `last < first`): ignored, the whole file;
 * - one satisfiable range (a suffix `-n` is the last n bytes; a last position past the end is the end):
 *   that range;
 * - several ranges: the whole file (allowed by §14.2; spares a multipart encoder and its abuse);
 * - no satisfiable range: 416.
 * @param {unknown} header the Range header value
 * @param {number} size
 * @returns {RangeDecision}
 */
export function decideRange(header, size) {
  const text = headerText(header);
  if (text === undefined) return { kind: 'full' };
  const match = /^\s*bytes\s*=\s*(.*)$/i.exec(text);
  if (!match) return { kind: 'full' };
  const specs = (match[1] ?? '').split(',').map((spec) => spec.trim());
  // Empty list elements are allowed by the list syntax (§5.6.1); at least one range is required.
  const ranges = specs.filter((spec) => spec !== '');
  if (ranges.length === 0) return { kind: 'full' };
  /** @type {{ start: number, end: number }[]} */
  const satisfiable = [];
  for (const spec of ranges) {
    const parts = /^(\d*)\s*-\s*(\d*)$/.exec(spec);
    if (!parts) return { kind: 'full' };
    const [, first = '', last = ''] = parts;
    if (first === '' && last === '') return { kind: 'full' };
    if (first === '') {
      const length = position(last);
      if (length > 0 && size > 0) satisfiable.push({ start: Math.max(0, size - length), end: size - 1 });
      continue;
    }
    const start = position(first);
    const end = last === '' ? Number.MAX_SAFE_INTEGER : position(last);
    if (end < start) return { kind: 'full' };
    if (start < size) satisfiable.push({ start, end: Math.min(end, size - 1) });
  }
  if (satisfiable.length === 0) return { kind: 'unsatisfiable' };
  if (ranges.length > 1) return { kind: 'full' };
  const [only] = satisfiable;
  return only ? { kind: 'partial', start: only.start, end: only.end } : { kind: 'full' };
}

/**
 * The content coding to send, of those available besides `identity`, by the client's q-values
 * (RFC 9110 §12.5.3): `q=0` excludes a coding, `*` stands for any coding not named, `identity` is
 * acceptable unless excluded (by `identity;q=0`, or `*;q=0` without naming it). On a tie the order of
 * `available` decides (brotli before gzip). Without the header: identity. When nothing is acceptable,
 * identity anyway (the RFC's advice), so a client always gets an answer it can at least see.
 * @param {unknown} header the Accept-Encoding header value
 * @param {readonly string[]} available codings the server has for this file, preferred first
 * @returns {string} a member of `available`, or `identity`
 */
export function chooseEncoding(header, available) {
  const text = headerText(header);
  if (text === undefined || available.length === 0) return 'identity';
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const element of text.split(',')) {
    const [name = '', ...parameters] = element.split(';').map((part) => part.trim());
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) continue;
    let q = 1;
    for (const parameter of parameters) {
      const weight = /^q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i.exec(parameter);
      if (weight) q = Number(weight[1]);
      else if (/^q\s*=/i.test(parameter)) q = 0; // a malformed weight: do not guess a preference
    }
    const key = name.toLowerCase();
    if (!weights.has(key)) weights.set(key, q);
  }
  const star = weights.get('*');
  // identity, when not named, is acceptable unless `*;q=0`, and the least preferred of all.
  const identityWeight = weights.get('identity') ?? (star === 0 ? 0 : Number.MIN_VALUE);
  let best = 'identity';
  let bestWeight = 0;
  for (const coding of available) {
    const weight = weights.get(coding) ?? star ?? 0;
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  // On a tie with identity the coding wins: it is the same content, smaller on the wire.
  if (best !== 'identity' && bestWeight < identityWeight) best = 'identity';
  return best;
}

/**
 * Entity tags of an `If-None-Match` / `If-Match` list, or `*`. Malformed members are dropped.
 * @param {string} text
 * @returns {'*' | string[]}
 */
function entityTags(text) {
  if (text.trim() === '*') return '*';
  return [...text.matchAll(/(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"/g)].map((match) => `${match[1] ?? ''}"${match[2] ?? ''}"`);
}

/** @param {string} tag */
const opaque = (tag) => tag.replace(/^W\//, '');

/** An HTTP-date (IMF-fixdate and the obsolete forms Date.parse reads) as whole seconds, or NaN. */
function httpDate(/** @type {string} */ text) {
  if (!/^[A-Za-z]{3},? ?[\w -]+:\d\d:\d\d( GMT)?$|^[A-Za-z]{3} [A-Za-z]{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/.test(text.trim())) return Number.NaN;
  return Math.floor(Date.parse(text) / 1000);
}

/**
 * @typedef {{ 'if-match'?: unknown, 'if-none-match'?: unknown, 'if-modified-since'?: unknown, 'if-unmodified-since'?: unknown, 'if-range'?: unknown }} ConditionalHeaders
 */

/**
 * The outcome of the preconditions of a GET or HEAD (RFC 9110 §13.2.2, in its order): `412` when
 * If-Match or If-Unmodified-Since fails, `304` when If-None-Match matches (weak comparison, lists and
 * `*`) or, without If-None-Match, If-Modified-Since is not older than the file; otherwise `200`.
 * @param {ConditionalHeaders} headers
 * @param {string} etag the strong ETag of the selected representation
 * @param {number} modifiedMs its modification time
 * @returns {200 | 304 | 412}
 */
export function evaluatePreconditions(headers, etag, modifiedMs) {
  const modified = Math.floor(modifiedMs / 1000);
  const ifMatch = headerText(headers['if-match']);
  if (ifMatch !== undefined) {
    const tags = entityTags(ifMatch);
    // Strong comparison: a weak tag never matches.
    if (tags !== '*' && !tags.includes(etag)) return 412;
  } else {
    const ifUnmodifiedSince = headerText(headers['if-unmodified-since']);
    const since = ifUnmodifiedSince === undefined ? Number.NaN : httpDate(ifUnmodifiedSince);
    if (!Number.isNaN(since) && modified > since) return 412;
  }
  const ifNoneMatch = headerText(headers['if-none-match']);
  if (ifNoneMatch !== undefined) {
    const tags = entityTags(ifNoneMatch);
    if (tags === '*' || tags.some((tag) => opaque(tag) === opaque(etag))) return 304;
    return 200;
  }
  const ifModifiedSince = headerText(headers['if-modified-since']);
  const since = ifModifiedSince === undefined ? Number.NaN : httpDate(ifModifiedSince);
  // A date later than the server's clock is invalid (RFC 9110 §13.1.3): ignored.
  if (!Number.isNaN(since) && since <= Date.now() / 1000 && modified <= since) return 304;
  return 200;
}

/**
 * Whether a Range request may be answered partially (RFC 9110 §13.1.5): without If-Range, yes; with
 * it, only when it names this representation's strong ETag, or its exact modification date.
 * @param {unknown} header the If-Range header value
 * @param {string} etag
 * @param {number} modifiedMs
 */
export function rangeStillValid(header, etag, modifiedMs) {
  if (header === undefined) return true;
  const text = headerText(header)?.trim();
  if (text === undefined) return false;
  if (text.startsWith('"') || text.startsWith('W/')) return text === etag;
  return httpDate(text) === Math.floor(modifiedMs / 1000);
}
