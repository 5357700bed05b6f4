/**
 * The static server of `npm start`, the browser tests and the load test: the published edition (out/,
 * a link to a finished folder: scripts/editions.js) with clean URLs, precompressed brotli/gzip, the
 * edition's cache policy and security headers (scripts/security-headers.js: the same as out/_headers),
 * byte ranges and conditional requests per RFC 9110 (scripts/http-semantics.js), the file types of
 * scripts/mime-types.js and the bilingual 404 page.
 *
 * Written for hostile input (SECURITY.md): the request target is validated and decoded before any file
 * is looked up, every header goes through functions that cannot throw, and anything that still fails
 * while answering ends that one response (500, or the connection when the headers are out), never the
 * process. Not sirv (3.0.2): its range arithmetic hands out-of-range positions to fs.createReadStream,
 * which throws outside any handler (`bytes=100-50`, `bytes=0-18446744073709551615`; the bug class of
 * https://github.com/lukeed/sirv/pull/175 and #140/#147), and it serves wrong suffix ranges and ignores
 * q-values and If-None-Match lists. This file is the small part of a static server the edition needs,
 * tested by tests/unit/server/ and the fuzz suite (tests/export/server-fuzz.test.ts).
 */
import { closeSync, createReadStream, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chooseEncoding, decideRange, evaluatePreconditions, rangeStillValid } from './http-semantics.js';
import { fileTypeOf } from './mime-types.js';
import { cacheControl, pathHeaders, readHeadersRule, securityHeaders } from './security-headers.js';

/** Longest request target served; longer is 414 (no page of the edition comes near it). */
const maxTargetLength = 2048;
/** Codings of the precompressed copies postbuild writes, preferred first, with their suffixes. */
const codings = /** @type {const} */ ([
  ['br', '.br'],
  ['gzip', '.gz'],
]);
export const allowedMethods = 'GET, HEAD, OPTIONS';

/**
 * @typedef {{ ok: true, segments: string[], directory: boolean } | { ok: false, status: 400 | 404 | 414 }} ParsedTarget
 */

/**
 * The path segments of a request target, decoded, or the status that refuses it. Only origin-form
 * targets (`/…`); percent-escapes must be well-formed UTF-8; no control characters, backslashes or NUL;
 * `//` merged and `.`/`..` resolved as nginx does, `..` above the root refused. Not part of the site,
 * however encoded (`/%5F%68eaders/`, `//_headers`, `/de/../_headers`): a
 * segment starting with a dot (`.build-stamp`, except a leading `.well-known`), out/_headers, and the
 * precompressed `.br`/`.gz` copies (sent only as the Content-Encoding of their file).
 * @param {string} target the request target as received
 * @returns {ParsedTarget}
 */
export function parseTarget(target) {
  if (target.length > maxTargetLength) return { ok: false, status: 414 };
  if (!target.startsWith('/')) return { ok: false, status: 400 };
  const rawPath = target.split(/[?#]/, 1)[0] ?? '';
  if (/%(?![0-9A-Fa-f]{2})/.test(rawPath)) return { ok: false, status: 400 };
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return { ok: false, status: 400 };
  // As nginx does: slashes merged, `.` and `..` resolved (never above the root: 400).
  const parts = decoded.split('/').slice(1);
  const directory = parts.at(-1) === '' || parts.at(-1) === '.' || parts.at(-1) === '..';
  /** @type {string[]} */
  const segments = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part !== '..') segments.push(part);
    else if (segments.pop() === undefined) return { ok: false, status: 400 };
  }
  const hidden = segments.some((segment, index) => segment.startsWith('.') && !(index === 0 && segment === '.well-known'));
  const last = segments.at(-1) ?? '';
  if (hidden || (segments.length === 1 && last === '_headers') || /\.(br|gz)$/i.test(last)) return { ok: false, status: 404 };
  return { ok: true, segments, directory };
}

/**
 * The file of the edition a clean URL names: `/x` is x, x.html or x/index.html; `/x/` only
 * x/index.html; `/` index.html. Only regular files.
 * @param {string} root
 * @param {ParsedTarget & { ok: true }} target
 * @returns {string | undefined} the path relative to root, with forward slashes
 */
function findFile(root, target) {
  const base = target.segments.join('/');
  const candidates = target.directory || base === '' ? [`${base}${base ? '/' : ''}index.html`] : [base, `${base}.html`, `${base}/index.html`];
  for (const candidate of candidates) {
    try {
      if (statSync(path.join(root, candidate), { throwIfNoEntry: false })?.isFile()) return candidate;
    } catch {
      // ENAMETOOLONG, ENOTDIR, EACCES…: not a file of the site
    }
  }
  return undefined;
}

/**
 * The file of the edition in `root` a request target is answered with, relative to root, or
 * undefined (404 or refused): the lookup the server does, for tests that check links.
 * @param {string} root
 * @param {string} target
 */
export function fileForTarget(root, target) {
  const parsed = parseTarget(target);
  return parsed.ok ? findFile(root, parsed) : undefined;
}

/**
 * Files whose names carry a content hash: a page of the previous edition that is still open in a browser
 * asks for its own script, stylesheet and search chunks after a new edition is published, and gets them
 * from the editions kept beside the published one (scripts/editions.js keeps two).
 */
const hashedPrefixes = ['/_next/static/', '/assets/', '/pagefind/'];

/**
 * The finished editions beside `root`, newest first, when `root` is one of the build's editions.
 * @param {string} root
 * @returns {string[]}
 */
function olderEditions(root) {
  const parent = path.dirname(root);
  if (path.basename(parent) !== '.editions') return [];
  try {
    return readdirSync(parent)
      .filter((name) => name !== 'staging' && path.join(parent, name) !== root)
      .sort()
      .reverse()
      .map((name) => path.join(parent, name));
  } catch {
    return [];
  }
}

/**
 * Where a request path leads in an edition: its folder (the published one, or a kept older one for a
 * hashed asset), the file, its type and its precompressed copies.
 * @typedef {{ root: string, file: string, type: string, compressible: boolean, available: (typeof codings)[number][] }} Lookup
 */

/**
 * What the server knows about one published edition, computed once per edition folder. A finished
 * edition never changes (scripts/editions.js), so where a path leads is looked up once.
 * @typedef {{ root: string, headers: [string, string][], notFoundPage: Buffer, lookups: Map<string, Lookup> }} Edition
 */

/**
 * The security headers come from the edition's own `_headers` (postbuild computed them once, from the
 * pages it published); the server never reads the pages for them. A folder without one (no finished
 * edition: publish refuses those) gets the strictest policy, which allows no inline script at all.
 * @param {string} root @returns {Edition}
 */
function loadEdition(root) {
  let headers;
  try {
    headers = readHeadersRule(readFileSync(path.join(root, '_headers'), 'utf8'), '/*');
  } catch {
    headers = undefined;
  }
  const strictest = () => securityHeaders({ scripts: [], styles: [], webAssembly: false });
  return { root, headers: Object.entries(headers ?? strictest()), notFoundPage: readFileSync(path.join(root, '404.html')), lookups: new Map() };
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [extra]
 */
function plain(response, status, message, extra = {}) {
  const body = Buffer.from(`${message}\n`);
  response.statusCode = status;
  for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Content-Length', body.length);
  response.setHeader('Cache-Control', 'no-store');
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/**
 * @param {string} out the published edition: a folder, or a link to one (re-resolved per request)
 */
export function createStaticServer(out) {
  /** @type {Map<string, Edition>} */
  const editions = new Map();
  /** The edition that answers this request: one folder for the whole response, never a mix. */
  const currentEdition = () => {
    const root = realpathSync(out);
    let edition = editions.get(root);
    if (!edition) {
      edition = loadEdition(root);
      editions.clear(); // only the newest is needed; a request in flight keeps its own reference
      editions.set(root, edition);
    }
    return edition;
  };

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  const answer = (request, response) => {
    const target = request.url ?? '/';
    const method = request.method ?? 'GET';
    const parsed = parseTarget(target);
    // By the decoded path: `/%61pi/` is /api/ too.
    const pathname = parsed.ok ? `/${parsed.segments.join('/')}${parsed.directory && parsed.segments.length > 0 ? '/' : ''}` : (target.split(/[?#]/, 1)[0] ?? '/');
    for (const [name, value] of Object.entries(pathHeaders(pathname))) response.setHeader(name, value);

    let edition;
    try {
      edition = currentEdition();
    } catch {
      return plain(response, 503, 'No edition is published yet (run npm run build).', { 'Retry-After': '10' });
    }
    for (const [name, value] of edition.headers) response.setHeader(name, value);

    if (method === 'OPTIONS') {
      response.statusCode = 204;
      response.setHeader('Allow', allowedMethods);
      return response.end();
    }
    if (method !== 'GET' && method !== 'HEAD') return plain(response, 405, 'Method not allowed: the edition is read-only.', { Allow: allowedMethods });

    const notFound = () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Content-Length', edition.notFoundPage.length);
      response.setHeader('Cache-Control', cacheControl('/404.html'));
      response.end(method === 'HEAD' ? undefined : edition.notFoundPage);
    };
    if (!parsed.ok) {
      if (parsed.status === 404) return notFound();
      return plain(response, parsed.status, parsed.status === 414 ? 'URI too long.' : 'Bad request target.');
    }
    const key = `${parsed.segments.join('/')}${parsed.directory ? '/' : ''}`;
    let found = edition.lookups.get(key);
    if (!found) {
      let root = edition.root;
      let file = findFile(root, parsed);
      if (!file && hashedPrefixes.some((prefix) => pathname.startsWith(prefix))) {
        for (const older of olderEditions(root)) {
          file = findFile(older, parsed);
          if (file) {
            root = older;
            break;
          }
        }
      }
      if (!file) return notFound();
      const relative = file;
      const fileType = fileTypeOf(`/${relative}`);
      const copies = fileType.compressible ? codings.filter(([, copy]) => statSync(path.join(root, relative + copy), { throwIfNoEntry: false })?.isFile()) : [];
      found = { root, file: relative, ...fileType, available: copies };
      // Only files that exist are remembered (bounded by the edition's size, whatever is asked for).
      edition.lookups.set(key, found);
    }
    const { root, file, type, compressible, available } = found;

    // The representation: the precompressed copy the client prefers, else the file itself. Opened
    // before anything is sent, so a vanished file is a 404, and once open it cannot vanish.
    const coding = chooseEncoding(
      request.headers['accept-encoding'],
      available.map(([name]) => name),
    );
    let suffix = available.find(([name]) => name === coding)?.[1] ?? '';
    let descriptor;
    try {
      descriptor = openSync(path.join(root, file + suffix), 'r');
    } catch {
      // The copy went away between the look and the open (someone edits the folder in place): the
      // file itself is the same content.
      suffix = '';
      try {
        descriptor = openSync(path.join(root, file), 'r');
      } catch {
        return notFound();
      }
    }
    let handedOver = false;
    try {
      const stats = fstatSync(descriptor);
      const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${suffix ? `-${coding}` : ''}"`;
      if (!stats.isFile()) return notFound();
      response.setHeader('ETag', etag);
      response.setHeader('Last-Modified', new Date(stats.mtimeMs).toUTCString());
      response.setHeader('Cache-Control', cacheControl(`/${file}`));
      if (compressible) response.setHeader('Vary', 'Accept-Encoding');

      const precondition = evaluatePreconditions(request.headers, etag, stats.mtimeMs);
      if (precondition === 304) {
        response.statusCode = 304;
        return response.end();
      }
      if (precondition === 412) return plain(response, 412, 'Precondition failed.');

      response.setHeader('Content-Type', type);
      response.setHeader('Accept-Ranges', 'bytes');
      if (suffix) response.setHeader('Content-Encoding', coding);
      const range = rangeStillValid(request.headers['if-range'], etag, stats.mtimeMs) ? decideRange(request.headers.range, stats.size) : /** @type {const} */ ({ kind: 'full' });
      if (range.kind === 'unsatisfiable') {
        response.removeHeader('Content-Encoding');
        return plain(response, 416, 'Range not satisfiable.', { 'Content-Range': `bytes */${stats.size}` });
      }
      let start = 0;
      let end = stats.size - 1;
      response.statusCode = 200;
      if (range.kind === 'partial') {
        ({ start, end } = range);
        response.statusCode = 206;
        response.setHeader('Content-Range', `bytes ${start}-${end}/${stats.size}`);
      }
      response.setHeader('Content-Length', end - start + 1);
      if (method === 'HEAD' || end < start) return response.end();

      const stream = createReadStream('', { fd: descriptor, start, end, autoClose: true });
      handedOver = true;
      // A read error after the headers are out cannot become a status: end the connection, so the
      // client sees a truncated response instead of a complete-looking wrong one.
      stream.on('error', () => response.destroy());
      response.on('close', () => stream.destroy());
      stream.pipe(response);
    } finally {
      if (!handedOver) closeSync(descriptor);
    }
  };

  const server = http.createServer((request, response) => {
    request.on('error', () => response.destroy());
    response.on('error', () => response.destroy());
    try {
      answer(request, response);
    } catch (error) {
      console.error(`! ${request.method} ${JSON.stringify(request.url)}: ${error instanceof Error ? error.message : String(error)}`);
      if (response.headersSent) response.destroy();
      else {
        for (const name of response.getHeaderNames()) response.removeHeader(name);
        plain(response, 500, 'Internal server error.');
      }
    }
  });
  // Malformed requests (bad syntax, oversized headers) never reach the handler: Node answers 400/431
  // and closes; a socket error after that is the client's business, never the process's.
  server.on('clientError', (error, socket) => {
    const code = /** @type {{ code?: string }} */ (error).code;
    if (socket.writable && !socket.destroyed)
      socket.end(
        code === 'HPE_HEADER_OVERFLOW'
          ? 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'
          : 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
      );
    else socket.destroy();
  });
  return server;
}
