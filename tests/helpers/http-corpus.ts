/**
 * A corpus of hostile HTTP requests and the rules every answer must obey, shared by the fuzz suite
 * against `npm start`'s server (tests/export/server-fuzz.test.ts) and the run of README's nginx recipe
 * (tests/export/nginx.test.ts), so both are held to the same contract (SECURITY.md):
 * - every answer is a well-formed HTTP/1.1 message (status line, headers, exactly Content-Length bytes);
 * - a file is served only if the edition serves it at that path, with its type, its bytes (or the exact
 *   slice a Range asked for), under a coding the client accepts;
 * - internal files (`_headers`, dotfiles, precompressed copies) are never served, however encoded;
 * - other methods get 405 with `Allow`; 304s carry ETag, Cache-Control and Vary; 416 names the length;
 *   /api/ is readable cross-origin.
 * Requests go over raw sockets (node:net), so malformed requests reach the server exactly as written.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { fileTypeOf } from '../../scripts/mime-types.js';
import { fileForTarget } from '../../scripts/static-server.js';

export interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
  problems: string[];
}

export interface Probe {
  /** What the case is, for failure messages. */
  name: string;
  /** The exact bytes sent. */
  raw: string;
  method: string;
  target: string;
  headers: [string, string][];
  /** Deliberately not valid HTTP: any well-formed 4xx (or a closed connection) is a correct answer. */
  malformed?: boolean;
  /** An extra rule for this case. */
  expect?: (response: RawResponse) => string | undefined;
}

/** A request as bytes: Host, the given headers, Connection: close, and a body of `bodySize` bytes. */
export function probe(name: string, method: string, target: string, headers: [string, string][] = [], expect?: Probe['expect'], bodySize = 0): Probe {
  const fields = bodySize > 0 ? [...headers, ['Content-Length', String(bodySize)] as [string, string]] : headers;
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', ...fields.map(([field, value]) => `${field}: ${value}`), 'Connection: close', '', ''];
  return { name, raw: lines.join('\r\n') + 'x'.repeat(bodySize), method, target, headers: fields, expect };
}

/** Bytes that are not a valid request: the server must answer 4xx or close, and keep running. */
export function malformed(name: string, raw: string): Probe {
  return { name, raw, method: '?', target: '?', headers: [], malformed: true };
}

/** Splits a response read to the end of the connection; notes what makes it malformed. */
export function parseResponse(bytes: Buffer, method: string): RawResponse {
  const problems: string[] = [];
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return { status: 0, headers: new Map(), body: Buffer.alloc(0), problems: [`no complete header block (${bytes.length} bytes)`] };
  const [statusLine = '', ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/.exec(statusLine);
  if (!status) problems.push(`bad status line ${JSON.stringify(statusLine.slice(0, 80))}`);
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) {
      problems.push(`bad header line ${JSON.stringify(line.slice(0, 80))}`);
      continue;
    }
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  let body = bytes.subarray(end + 4);
  const code = Number(status?.[1] ?? 0);
  const bodiless = method === 'HEAD' || code === 304 || code === 204 || (code >= 100 && code < 200);
  const length = headers.get('content-length');
  if (headers.get('transfer-encoding')?.toLowerCase() === 'chunked') {
    const chunks: Buffer[] = [];
    let at = 0;
    for (;;) {
      const lineEnd = body.indexOf('\r\n', at);
      const size = lineEnd < 0 ? Number.NaN : Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
      if (Number.isNaN(size)) {
        problems.push('bad chunked body');
        break;
      }
      if (size === 0) break;
      chunks.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(chunks);
  } else if (bodiless) {
    if (body.length > 0) problems.push(`${body.length} body bytes after a ${method} ${code}`);
  } else if (length === undefined) {
    problems.push('neither Content-Length nor chunked');
  } else if (Number(length) !== body.length) {
    problems.push(`Content-Length ${length}, but ${body.length} bytes`);
  }
  return { status: code, headers, body, problems };
}

/** Sends one probe on a fresh connection and reads the answer to the end. */
export function send(port: number, request: Probe, timeoutMs = 10_000): Promise<RawResponse> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (problem?: string) => {
      if (done) return;
      done = true;
      socket.destroy();
      const bytes = Buffer.concat(chunks);
      if (bytes.length === 0) {
        resolve({ status: 0, headers: new Map(), body: bytes, problems: request.malformed && !problem ? [] : [problem ?? 'connection closed without an answer'] });
        return;
      }
      const response = parseResponse(bytes, request.method);
      if (problem) response.problems.push(problem);
      resolve(response);
    };
    socket.setTimeout(timeoutMs, () => finish(`no complete answer within ${timeoutMs} ms`));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    socket.on('error', (error: NodeJS.ErrnoException) => finish(request.malformed && error.code === 'ECONNRESET' ? undefined : `socket error ${error.code ?? error.message}`));
    socket.write(request.raw, 'latin1');
  });
}

/** What is known about the export being served, to judge answers against. */
export interface Edition {
  root: string;
  hidden: Buffer[];
}

export function editionAt(root: string): Edition {
  return { root, hidden: ['_headers', '.build-stamp'].map((file) => readFileSync(path.join(root, file))) };
}

/** A request header as the server sees it: repeated fields joined into one list (RFC 9110 §5.3). */
function header(request: Probe, name: string): string | undefined {
  const values = request.headers.filter(([field]) => field.toLowerCase() === name).map(([, value]) => value);
  return values.length > 0 ? values.join(', ') : undefined;
}

function decoded(response: RawResponse): Buffer {
  const coding = response.headers.get('content-encoding');
  if (coding === 'br') return brotliDecompressSync(response.body);
  if (coding === 'gzip') return gunzipSync(response.body);
  return response.body;
}

/**
 * Whether Accept-Encoding refuses a coding outright (RFC 9110 §12.5.3): `coding;q=0`, or `*;q=0` without
 * naming it. A lower weight is a preference, not a refusal, and a malformed weight decides nothing.
 */
function refuses(acceptEncoding: string | undefined, coding: string): boolean {
  if (acceptEncoding === undefined) return false;
  const zero = (parameters: string[]) => parameters.some((parameter) => /^q\s*=\s*0(\.0{0,3})?$/i.test(parameter.trim()));
  const elements = acceptEncoding.split(',').map((element) => element.split(';').map((part) => part.trim()));
  const named = elements.find(([name]) => name?.toLowerCase() === coding);
  if (named) return zero(named.slice(1));
  const star = elements.find(([name]) => name === '*');
  return star ? zero(star.slice(1)) : false;
}

const representationSuffix: Record<string, string> = { br: '.br', gzip: '.gz' };

/**
 * Everything wrong with an answer, by the rules above; empty when it is correct.
 * @param options.securityHeaders whether every answer must carry the CSP (nginx's own 400s do not)
 */
export function judge(request: Probe, response: RawResponse, edition: Edition): string[] {
  const problems = [...response.problems];
  if (request.malformed) {
    // Refused (4xx, 505 for an unknown version) or read leniently as RFC 9112 allows (a bare LF ends a
    // line; nginx ignores an invalid header line): any well-formed answer but a server error.
    if (response.status >= 500 && response.status !== 505) problems.push(`malformed request answered ${response.status}`);
    return problems;
  }
  if (problems.length > 0) return problems;
  const { status, headers } = response;
  for (const secret of edition.hidden) if (secret.length > 0 && response.body.includes(secret)) problems.push('an internal file (_headers, .build-stamp) was served');

  const method = request.method;
  if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) {
    if (status === 405) {
      if (!/\bGET\b/.test(headers.get('allow') ?? '') || !/\bHEAD\b/.test(headers.get('allow') ?? '')) problems.push(`405 without Allow: GET, HEAD (${headers.get('allow')})`);
    } else if (status !== 400) problems.push(`${method} answered ${status}, not 405`);
    return problems;
  }
  if (method === 'OPTIONS') {
    if (![204, 404, 405].includes(status) && status !== 400) problems.push(`OPTIONS answered ${status}`);
    return problems;
  }
  if (status >= 500) return [...problems, `server error ${status}`];
  if (![200, 206, 304, 400, 404, 412, 414, 416].includes(status)) return [...problems, `unexpected status ${status}`];
  if (status !== 400 && status !== 414 && !headers.get('content-security-policy')?.includes("default-src 'none'")) problems.push(`${status} without the edition's CSP`);

  const file = fileForTarget(edition.root, request.target);
  if (status === 200 || status === 206 || status === 304 || status === 416) {
    if (!file) return [...problems, `${status} for a target the edition does not serve`];
  }
  if (status === 404 && file) problems.push(`404 for ${file}, which the edition serves`);
  if (!file || status === 404 || status === 400 || status === 414) return problems;

  const type = fileTypeOf(`/${file}`);
  const coding = headers.get('content-encoding');
  const suffix = coding ? representationSuffix[coding] : '';
  if (suffix === undefined) return [...problems, `unknown Content-Encoding ${coding}`];
  if (coding && refuses(header(request, 'accept-encoding'), coding))
    problems.push(`sent ${coding}, which Accept-Encoding ${JSON.stringify(header(request, 'accept-encoding'))} refuses`);
  if (coding && status === 304) problems.push('a 304 with a Content-Encoding');
  const hasCopies = ['.br', '.gz'].some((copy) => statSync(path.join(edition.root, file + copy), { throwIfNoEntry: false })?.isFile());
  if (hasCopies && !/accept-encoding/i.test(headers.get('vary') ?? '')) problems.push(`${status} without Vary: Accept-Encoding`);
  if (status === 304) {
    if (!headers.get('etag')) problems.push('304 without ETag');
    if (!headers.get('cache-control')) problems.push('304 without Cache-Control');
    return problems;
  }
  const representation = readFileSync(path.join(edition.root, file + suffix));
  if (status === 416) {
    // The length of the representation the range was tried on: the file or one of its copies.
    const lengths = ['', '.br', '.gz'].map((copy) => statSync(path.join(edition.root, file + copy), { throwIfNoEntry: false })?.size).filter((size) => size !== undefined);
    if (!lengths.some((size) => headers.get('content-range') === `bytes */${size}`)) problems.push(`416 with Content-Range ${headers.get('content-range')}`);
    return problems;
  }
  if (status === 412) return problems;
  // (Not on 416: nginx repeats every add_header on its 416 page, `*, *`.)
  if (file.startsWith('api/') && headers.get('access-control-allow-origin') !== '*') problems.push('/api/ without Access-Control-Allow-Origin: *');
  if (headers.get('content-type') !== type.type && !(status === 206 && headers.get('content-type')?.startsWith('multipart/byteranges')))
    problems.push(`Content-Type ${headers.get('content-type')}, expected ${type.type}`);
  if (!headers.get('etag')?.startsWith('"')) problems.push(`no strong ETag (${headers.get('etag')})`);
  if (request.method === 'HEAD') return problems;
  if (status === 206 && headers.get('content-type')?.startsWith('multipart/byteranges')) return [...problems, ...multipartProblems(response, representation)];
  if (status === 206) {
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(headers.get('content-range') ?? '');
    if (!range) return [...problems, `206 with Content-Range ${headers.get('content-range')}`];
    const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    if (total !== representation.length) problems.push(`Content-Range total ${total}, file ${representation.length}`);
    if (!response.body.equals(representation.subarray(start, end + 1))) problems.push(`206 body is not bytes ${start}-${end} of ${file}${suffix}`);
    const asked = header(request, 'range') ?? '';
    const suffixRange = /^bytes=-(\d+)$/.exec(asked);
    if (suffixRange && end - start + 1 !== Math.min(Number(suffixRange[1]), representation.length)) problems.push(`suffix range ${asked} gave ${end - start + 1} bytes`);
    return problems;
  }
  try {
    if (!decoded(response).equals(readFileSync(path.join(edition.root, file)))) problems.push(`the body is not ${file}`);
  } catch (error) {
    problems.push(`the ${coding} body does not decode: ${(error as Error).message}`);
  }
  return problems;
}

/** A multipart/byteranges body (RFC 9110 §14.6): every part a correct slice of the representation. */
function multipartProblems(response: RawResponse, representation: Buffer): string[] {
  const boundary = /boundary=("?)([^";]+)\1/.exec(response.headers.get('content-type') ?? '')?.[2];
  if (!boundary) return ['multipart/byteranges without a boundary'];
  const problems: string[] = [];
  const parts = response.body.toString('latin1').split(`--${boundary}`).slice(1, -1);
  if (parts.length === 0) problems.push('multipart/byteranges without parts');
  for (const part of parts) {
    const split = part.indexOf('\r\n\r\n');
    const range = /content-range: bytes (\d+)-(\d+)\/(\d+)/i.exec(part.slice(0, split));
    if (!range) {
      problems.push('a part without Content-Range');
      continue;
    }
    const body = Buffer.from(part.slice(split + 4).replace(/\r\n$/, ''), 'latin1');
    if (!body.equals(representation.subarray(Number(range[1]), Number(range[2]) + 1))) problems.push(`part ${range[1]}-${range[2]} is not that slice`);
  }
  return problems;
}

/** A small seeded generator (mulberry32), so a failing case is reproducible from its seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The cases (#13) and the classic ones, each with what it must get. `nginx` allows its two
 * known deviations: it refuses a last position beyond 2^63 (`bytes=0-18446744073709551615`) with 416
 * where RFC 9110 §14.1.2 would clamp it to the end, and it answers an If-Modified-Since later than its
 * clock with 304 where §13.1.3 says to ignore it.
 */
export function namedCases(server: 'node' | 'nginx' = 'node'): Probe[] {
  const status = (code: number) => (response: RawResponse) => (response.status === code ? undefined : `status ${response.status}, expected ${code}`);
  return [
    // Invalid (last < first): ignored (200) or rejected (416), both allowed by RFC 9110 §14.2.
    probe('Range: bytes=100-50 (killed sirv)', 'GET', '/de', [['Range', 'bytes=100-50']], (response) =>
      [200, 416].includes(response.status) ? undefined : `status ${response.status}`,
    ),
    probe(
      'Range: bytes=0-18446744073709551615 (killed sirv)',
      'GET',
      '/de',
      [['Range', 'bytes=0-18446744073709551615']],
      server === 'nginx' ? (response) => ([206, 416].includes(response.status) ? undefined : `status ${response.status}`) : status(206),
    ),
    probe('Range: bytes=-100 is the last 100 bytes', 'GET', '/de', [['Range', 'bytes=-100']], status(206)),
    probe('Range: bytes=0-0 is one byte', 'GET', '/de', [['Range', 'bytes=0-0']], (response) => (response.body.length === 1 ? undefined : `${response.body.length} bytes`)),
    probe('Range: abc is ignored', 'GET', '/de', [['Range', 'abc']], status(200)),
    probe('Range past the end is 416', 'GET', '/de', [['Range', 'bytes=99999999-']], status(416)),
    probe('several ranges: multipart or the whole file', 'GET', '/de', [['Range', 'bytes=0-1,5-6']], (response) =>
      [200, 206].includes(response.status) ? undefined : `status ${response.status}`,
    ),
    probe('Accept-Encoding: br;q=0 gets no brotli', 'GET', '/de/texts/januar-aufstand', [['Accept-Encoding', 'br;q=0, gzip']], (response) =>
      response.headers.get('content-encoding') === 'br' ? 'brotli' : undefined,
    ),
    probe('Accept-Encoding: br gets brotli', 'GET', '/de/texts/januar-aufstand', [['Accept-Encoding', 'br']], (response) =>
      response.headers.get('content-encoding') === 'br' ? undefined : `Content-Encoding ${response.headers.get('content-encoding')}`,
    ),
    probe('If-None-Match: * is 304', 'GET', '/de', [['If-None-Match', '*']], status(304)),
    probe('If-Modified-Since after the file was written is 304', 'GET', '/de', [['If-Modified-Since', new Date(Date.now() - 1000).toUTCString()]], status(304)),
    // nginx compares any date, also one later than its clock.
    probe(
      'If-Modified-Since in the future is ignored (RFC 9110 §13.1.3)',
      'GET',
      '/de',
      [['If-Modified-Since', 'Fri, 01 Jan 2100 00:00:00 GMT']],
      server === 'nginx' ? undefined : status(200),
    ),
    probe('/_headers/ is hidden', 'GET', '/_headers/', [], status(404)),
    probe('//_headers is hidden', 'GET', '//_headers', [], (response) => ([400, 404].includes(response.status) ? undefined : `status ${response.status}`)),
    probe('/%5F%68eaders/ is hidden', 'GET', '/%5F%68eaders/', [], status(404)),
    probe('/_headers is hidden', 'GET', '/_headers', [], status(404)),
    probe('/.build-stamp is hidden', 'GET', '/.build-stamp', [], status(404)),
    probe('/%2Ebuild-stamp is hidden', 'GET', '/%2Ebuild-stamp', [], status(404)),
    probe('precompressed copies are not pages', 'GET', '/de.html.br', [], status(404)),
    // Served exactly when the edition has it (the general rules: never 404 for a file it serves).
    probe('/.well-known/ is not hidden', 'GET', '/.well-known/security.txt'),
    probe('POST is 405', 'POST', '/de', [['Content-Length', '0']], status(405)),
    probe('PUT is 405', 'PUT', '/de', [['Content-Length', '0']], status(405)),
    probe('DELETE is 405', 'DELETE', '/de', [], status(405)),
    probe('PATCH is 405', 'PATCH', '/de', [['Content-Length', '0']], status(405)),
    probe('the API is readable cross-origin', 'GET', '/api/texts.json', [['Origin', 'https://example.org']], (response) =>
      response.headers.get('access-control-allow-origin') === '*' ? undefined : 'no Access-Control-Allow-Origin',
    ),
    probe('.bib has its type', 'GET', '/api/cite/januar-aufstand.de.bib', [], status(200)),
    probe('.ris has its type', 'GET', '/api/cite/januar-aufstand.en.ris', [], status(200)),
    probe('a malformed escape', 'GET', '/de/texts/hintergruende%', [], (response) => ([400, 404].includes(response.status) ? undefined : `status ${response.status}`)),
    probe('an overlong target', 'GET', `/${'a'.repeat(10_000)}`, [], (response) => ([400, 404, 414].includes(response.status) ? undefined : `status ${response.status}`)),
    probe('traversal', 'GET', '/../../../../etc/passwd', [], (response) => ([400, 404].includes(response.status) ? undefined : `status ${response.status}`)),
    probe('traversal into a hidden file', 'GET', '/de/../_headers', [], (response) => ([400, 404].includes(response.status) ? undefined : `status ${response.status}`)),
    probe('encoded traversal', 'GET', '/%2e%2e/%2e%2e/etc/passwd', [], (response) => ([400, 404].includes(response.status) ? undefined : `status ${response.status}`)),
    malformed('garbage', 'NOT HTTP AT ALL\r\n\r\n'),
    malformed('a header without a colon', 'GET / HTTP/1.1\r\nHost: x\r\nnocolon\r\nConnection: close\r\n\r\n'),
    malformed('an oversized header', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`),
    malformed('a NUL in the target', 'GET /de\u0000 HTTP/1.1\r\nHost: x\r\n\r\n'),
    malformed('HTTP/9.9', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n'),
    malformed('a bare LF request line', 'GET / HTTP/1.1\nHost: x\nConnection: close\n\n'),
  ];
}

/** Real paths of the edition, to mutate: pages, API, assets, fonts, search files. */
export function samplePaths(root: string): string[] {
  const found = ['/', '/de', '/en', '/de/texts/januar-aufstand', '/en/texts/hintergruende', '/de/glossary', '/api/texts.json', '/favicon.svg', '/404'];
  const walk = (directory: string, prefix: string, depth: number) => {
    if (depth > 3) return;
    for (const entry of readdirSafe(directory)) {
      if (entry.startsWith('.') || /\.(br|gz)$/.test(entry)) continue;
      const full = path.join(directory, entry);
      if (statSync(full).isDirectory()) walk(full, `${prefix}/${entry}`, depth + 1);
      else if (found.length < 120) found.push(`${prefix}/${entry}`);
    }
  };
  walk(root, '', 0);
  return found;
}

function readdirSafe(directory: string): string[] {
  try {
    return readdirSync(directory).sort();
  } catch {
    return [];
  }
}

/**
 * `count` well-formed but hostile requests from `seed`: random methods, paths (real ones, mutated:
 * escapes, case, hidden files, double slashes, long, odd bytes), ranges, codings, conditionals.
 */
export function generatedCases(seed: number, count: number, paths: string[]): Probe[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const number = () => pick(['0', '1', '99', '100', '4096', '999999999', '18446744073709551615', String(Math.floor(next() * 500_000)), '', '-1', 'abc']);
  const methods = ['GET', 'GET', 'GET', 'GET', 'HEAD', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'];
  const mutations: ((pathname: string) => string)[] = [
    (p) => p,
    (p) => p,
    (p) => p.replace(/[a-z_]/g, (c) => (next() < 0.3 ? `%${c.charCodeAt(0).toString(16).toUpperCase()}` : c)),
    (p) => `${p}/`,
    (p) => `/${p}`,
    (p) => `${p}?${pick(['view=de', 'x=%', 'q=<script>', '%%%', 'a'.repeat(300)])}`,
    (p) => `${p}${pick(['%', '%0', '%zz', '%00', '%2e', '%2F', '.br', '.gz', '.html', '~', ';x', '%C0%AF', '%E0%A4%A', '#frag'])}`,
    (p) => `${p}/${pick(['_headers', '.build-stamp', '%5F%68eaders', '.git/config', '%2Ebuild-stamp', '.well-known/security.txt'])}`,
    () => pick(['/_headers', '/_headers/', '/.build-stamp', '/%5F%68eaders/', '/%5f%68%65%61%64%65%72%73', '/%2e%62uild-stamp', '/de.html.br', '/index.html.gz']),
    (p) => p.toUpperCase(),
    (p) => `${p}/${'x'.repeat(Math.floor(next() * 3000))}`,
    (p) => `${p}${String.fromCharCode(0x21 + Math.floor(next() * 94)).replace(/[#?]/, '')}`,
  ];
  const headerMakers: (() => [string, string])[] = [
    () => ['Range', `bytes=${number()}-${number()}`],
    () => ['Range', `bytes=-${number()}`],
    () => ['Range', `bytes=${number()}-${number()},${number()}-${number()}`],
    () => ['Range', pick(['bytes=', 'bytes=--', 'bytes=0-0,-1', 'items=0-1', 'bytes=1-0', 'BYTES=0-9', 'bytes = 0 - 9', 'bytes=0-1,'.repeat(50)])],
    () => [
      'Accept-Encoding',
      pick([
        'br',
        'gzip',
        'br;q=0',
        'br;q=0, gzip',
        'gzip;q=0, br;q=0',
        'identity',
        'identity;q=0',
        '*',
        '*;q=0',
        'br;q=0.5, gzip;q=0.9',
        'br;q=abc',
        'deflate',
        ';;;',
        'gzip, br',
        'br;q=1.0, gzip;q=0.001',
      ]),
    ],
    () => ['If-None-Match', pick(['*', '"x"', 'W/"x"', '"a", "b"', 'garbage', '""', '"'.repeat(20)])],
    () => ['If-Modified-Since', pick(['Fri, 01 Jan 2100 00:00:00 GMT', 'Thu, 01 Jan 1970 00:00:00 GMT', 'garbage', '', 'Sun, 06 Nov 1994 08:49:37 GMT'])],
    () => ['If-Match', pick(['*', '"x"', 'W/"x"'])],
    () => ['If-Range', pick(['"x"', 'Fri, 01 Jan 2100 00:00:00 GMT', 'W/"x"', 'garbage'])],
    () => ['X-Junk', 'y'.repeat(Math.floor(next() * 4000))],
    () => ['Accept', pick(['*/*', 'text/html', 'application/json', ''])],
  ];
  const cases: Probe[] = [];
  for (let index = 0; index < count; index += 1) {
    const method = pick(methods);
    const target = pick(mutations)(pick(paths));
    // Printable ASCII only: anything else is not a request target a client can send as written.
    const printable = [...target].filter((character) => character > ' ' && character < '\u007f').join('');
    const headers: [string, string][] = [];
    const many = Math.floor(next() * 4);
    for (let h = 0; h < many; h += 1) headers.push(pick(headerMakers)());
    // Bodies of any size where a client would send one (the server answers 405 without reading them).
    const bodySize = ['POST', 'PUT', 'PATCH'].includes(method) ? pick([0, 1, 100, 10_000, 200_000]) : 0;
    if (bodySize === 0 && ['POST', 'PUT', 'PATCH'].includes(method)) headers.push(['Content-Length', '0']);
    cases.push(
      probe(
        `#${index} (seed ${seed}) ${method} ${printable.slice(0, 80)} ${JSON.stringify(headers).slice(0, 160)} body ${bodySize}`,
        method,
        printable,
        headers,
        undefined,
        bodySize,
      ),
    );
  }
  return cases;
}

/** Sends probes `concurrency` at a time; resolves with every problem found, by case name. */
export async function runCorpus(port: number, probes: Probe[], edition: Edition, concurrency = 32): Promise<string[]> {
  const failures: string[] = [];
  let index = 0;
  const worker = async () => {
    while (index < probes.length) {
      const request = probes[index] as Probe;
      index += 1;
      const response = await send(port, request);
      const problems = judge(request, response, edition);
      const extra = request.expect && response.status !== 0 ? request.expect(response) : undefined;
      if (extra) problems.push(extra);
      if (problems.length > 0) failures.push(`${request.name}: ${problems.join('; ')}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failures;
}
