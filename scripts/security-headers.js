/**
 * The edition's response headers, computed once, at build time, from the pages as they ship, so that
 * they can never drift from them: the Content-Security-Policy allows exactly the inline scripts (and
 * inline <style> elements) the exported pages contain, by their SHA-256 hashes, and nothing else that
 * is inline. scripts/postbuild.ts hands over the inline texts its one hast pass over each page found.
 *
 * One module for every place that serves the export: scripts/postbuild.ts writes the headers to
 * out/_headers (for Netlify or Cloudflare Pages); scripts/static-server.js (npm start, the browser
 * tests, the load test and the bench) reads them back from there and sends them on every response; README
 * "Deploying" derives nginx's from out/_headers (tests/export/nginx.test.ts runs that recipe). Plain ESM JavaScript with JSDoc types, dependency-free, so
 * that `node scripts/start.js` can import it without a compiler.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileTypeOf, hostMayMistype } from './mime-types.js';

/**
 * What the Content-Security-Policy allows besides same-origin files.
 * @typedef {object} Allowed
 * @property {string[]} scripts      the texts of the pages' executable inline scripts (allowed by hash)
 * @property {string[]} styles       the texts of the pages' inline <style> elements (allowed by hash)
 * @property {boolean} webAssembly   whether a script of the export compiles WebAssembly (Pagefind's search)
 */

/**
 * A CSP hash source of an inline element's text. The HTML parser turns CR LF and CR into LF before
 * the browser hashes, so the hash is of the normalised text.
 * @param {string} text
 */
export function hashSource(text) {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/** @param {string} directory @param {string} extension @returns {Generator<string>} */
function* filesEndingIn(directory, extension) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* filesEndingIn(full, extension);
    else if (entry.name.endsWith(extension)) yield full;
  }
}

/** Compiling WebAssembly needs `'wasm-unsafe-eval'` (it allows no JavaScript eval). */
const webAssemblyPattern = /\bWebAssembly\.(?:instantiate|instantiateStreaming|compile|compileStreaming|Module)\b/;

/**
 * Whether a script of the export compiles WebAssembly. The pages' inline content is not read here:
 * scripts/postbuild.ts collects it from its one hast pass over each page (lib/export/process-page.ts).
 * @param {string} out the export directory
 */
export function usesWebAssembly(out) {
  for (const file of filesEndingIn(out, '.js')) {
    if (webAssemblyPattern.test(readFileSync(file, 'utf8'))) return true;
  }
  return false;
}

/**
 * The Content-Security-Policy of the export: nothing by default (`default-src 'none'`), then exactly
 * what the pages use, all same-origin: scripts (the inline ones by hash), styles, images (and data:
 * URLs of the stylesheet), fonts, fetches (the JSON API, the search index), the search's worker, the
 * favicon/manifest. No plugins, no framing, no foreign form targets. `'wasm-unsafe-eval'` only when a
 * script of the export compiles WebAssembly (the search's Pagefind: in the page and in its same-origin
 * worker, which gets this policy from its own response); it allows WebAssembly and no JavaScript `eval`.
 * No `upgrade-insecure-requests`: it would break the site served over plain http on a LAN address
 * (the browser tests, `npm start` on another machine); HTTPS deployments enforce HTTPS with HSTS.
 * @param {Allowed} allowed
 */
export function contentSecurityPolicy(allowed) {
  const hashes = (/** @type {string[]} */ texts) => [...new Set(texts.map(hashSource))].sort();
  return [
    `default-src 'none'`,
    ['script-src', `'self'`, ...(allowed.webAssembly ? [`'wasm-unsafe-eval'`] : []), ...hashes(allowed.scripts)].join(' '),
    ['style-src', `'self'`, ...hashes(allowed.styles)].join(' '),
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `worker-src 'self'`,
    `manifest-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/**
 * Powerful features the edition never uses, denied to the page and to anything it could embed.
 * `interest-cohort` (FLoC) opts out of the older Chromiums' cohort tracking, `browsing-topics` of its
 * successor; current Chromium ignores the unknown name without a console message (checked with the
 * DevTools log attached before navigation, as Lighthouse attaches).
 */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/**
 * Every security header, by name, for every response.
 * @param {Allowed} allowed what the pages need inline (nothing: the strictest policy)
 * @returns {Record<string, string>}
 */
export function securityHeaders(allowed) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(allowed),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Ignored by browsers over plain http (npm start on a LAN); on an HTTPS host, https only from then on.
    'Strict-Transport-Security': 'max-age=31536000',
  };
}

/** The public JSON interface: readable from any origin (outside tools, notebooks, other editions). */
export const apiPrefix = '/api/';

/**
 * Headers that depend on the path: the API may be read cross-origin (CORS for fetch, CORP for
 * no-cors loads); everything else is for this origin only.
 * @param {string} pathname the request path as received (not decoded: a prefix test only)
 * @returns {Record<string, string>}
 */
export function pathHeaders(pathname) {
  return pathname.startsWith(apiPrefix)
    ? {
        'Access-Control-Allow-Origin': '*',
        // A tool that revalidates or fetches a slice sends these; the preflight (OPTIONS) allows them.
        'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Range',
        'Access-Control-Expose-Headers': 'ETag, Content-Range',
        'Access-Control-Max-Age': '86400',
        'Cross-Origin-Resource-Policy': 'cross-origin',
      }
    : { 'Cross-Origin-Resource-Policy': 'same-origin' };
}

/**
 * Cache rules by path prefix, first match wins. Hashed build output never changes under its name:
 * a year, immutable. The fonts keep fixed names but are re-subset on every build (scripts/build-fonts.ts),
 * so they are cached for a day and then revalidated. Everything else (pages, JSON) is revalidated by
 * ETag on every use, so a new export is seen at once.
 * @type {{ prefix: string, pattern: string, cacheControl: string }[]}
 */
export const cacheRules = [
  { prefix: '/_next/static/', pattern: '/_next/static/*', cacheControl: 'public, max-age=31536000, immutable' },
  { prefix: '/assets/', pattern: '/assets/*', cacheControl: 'public, max-age=31536000, immutable' },
  { prefix: '/fonts/', pattern: '/fonts/*', cacheControl: 'public, max-age=86400, must-revalidate' },
  // The service worker and the web app manifests: checked on every visit, so an update is seen at once.
  { prefix: '/sw.js', pattern: '/sw.js', cacheControl: 'no-cache' },
  { prefix: '/manifest/', pattern: '/manifest/*', cacheControl: 'no-cache' },
];

/** The Cache-Control of everything no rule names. */
export const defaultCacheControl = 'public, max-age=0, must-revalidate';

/** @param {string} pathname */
export function cacheControl(pathname) {
  return cacheRules.find((rule) => pathname.startsWith(rule.prefix))?.cacheControl ?? defaultCacheControl;
}

/**
 * The `_headers` path patterns of everything in the export except the API: the hosts join the values
 * of a header several matching rules set, so `/*` cannot carry a CORP that /api/* must override. One
 * rule per top-level entry of out/ (a folder `/x/*`, a page also under its clean URL), and `/`.
 * @param {string} out
 */
function ownOriginPatterns(out) {
  const patterns = ['/'];
  for (const entry of readdirSync(out, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const name = entry.name;
    if (name.startsWith('.') || name === '_headers' || `/${name}/` === apiPrefix || /\.(br|gz)$/.test(name)) continue;
    if (entry.isDirectory()) patterns.push(`/${name}/*`);
    else {
      patterns.push(`/${name}`);
      if (name.endsWith('.html') && name !== 'index.html') patterns.push(`/${name.slice(0, -'.html'.length)}`);
    }
  }
  return patterns;
}

/**
 * One `Content-Type` rule per published file whose type a host may get wrong (the hosts match paths,
 * not suffixes, so each file is named): its type from scripts/mime-types.js, as `npm start` and the
 * nginx recipe send it.
 * @param {string} out
 * @returns {[string, string][]} [pattern, type]
 */
function contentTypeRules(out) {
  /** @type {[string, string][]} */
  const rules = [];
  const walk = (/** @type {string} */ directory, /** @type {string} */ prefix) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const name = entry.name;
      if (name.startsWith('.') || name === '_headers' || /\.(br|gz)$/.test(name)) continue;
      const urlPath = `${prefix}/${name}`;
      if (entry.isDirectory()) walk(path.join(directory, name), urlPath);
      else if (hostMayMistype(urlPath)) rules.push([urlPath, fileTypeOf(urlPath).type]);
    }
  };
  walk(out, '');
  return rules;
}

/**
 * out/_headers in the format Netlify and Cloudflare Pages read. The security headers go on `/*`;
 * Cache-Control only on the paths that differ from the hosts' default (revalidate every time), and
 * CORP/CORS per path (pathHeaders), because both hosts join the values of a header that several
 * matching rules set.
 * @param {string} out the export directory
 * @param {Record<string, string>} security the security headers: securityHeaders() of what the pages
 *   need (postbuild), or the `/*` rule of the _headers postbuild wrote (build-offline, readHeadersRule)
 */
export function headersFile(out, security) {
  /** @type {Map<string, [string, string][]>} one block per pattern, in order */
  const rules = new Map();
  const add = (/** @type {string} */ pattern, /** @type {Record<string, string>} */ headers) => rules.set(pattern, [...(rules.get(pattern) ?? []), ...Object.entries(headers)]);
  add('/*', security);
  for (const rule of cacheRules) add(rule.pattern, { 'Cache-Control': rule.cacheControl });
  add(`${apiPrefix}*`, pathHeaders(apiPrefix));
  for (const pattern of ownOriginPatterns(out)) add(pattern, pathHeaders(pattern));
  for (const [pattern, type] of contentTypeRules(out)) add(pattern, { 'Content-Type': type });
  const lines = ['# Written by scripts/postbuild.ts from scripts/security-headers.js; do not edit.'];
  for (const [pattern, headers] of rules) lines.push(pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`));
  return `${lines.join('\n')}\n`;
}

/**
 * The headers of one `_headers` rule, read back from a finished edition (postbuild wrote them with
 * headersFile): what the server sends, without scanning every page again for each new edition.
 * @param {string} text the contents of out/_headers
 * @param {string} pattern e.g. `/*`
 * @returns {Record<string, string> | undefined} undefined when the file has no such rule
 */
export function readHeadersRule(text, pattern) {
  /** @type {Record<string, string> | undefined} */
  let found;
  let current = '';
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = line.trim();
      if (current === pattern) found ??= {};
      continue;
    }
    const colon = line.indexOf(':');
    if (current === pattern && found && colon > 0) found[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return found;
}
