/**
 * The edition's response headers, computed from the export (out/) so that they can never drift from
 * the pages: the Content-Security-Policy allows exactly the inline scripts (and inline <style>
 * elements) the exported pages contain, by their SHA-256 hashes, and nothing else that is inline.
 *
 * One module for every place that serves the export: scripts/static-server.js (npm start, the
 * browser tests, the load test and the bench) sends these headers on every response;
 * scripts/postbuild.ts writes them to out/_headers for Netlify or Cloudflare Pages; README
 * "Deploying" derives nginx's from out/_headers (tests/export/nginx.test.ts runs that recipe). Plain ESM JavaScript with JSDoc types, dependency-free, so
 * that `node scripts/start.js` can import it without a compiler.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {object} InlineFinding
 * @property {string} file  path of the page, relative to out/
 * @property {string} what  what was found, e.g. `onclick="…"`
 */

/**
 * @typedef {object} InlineScan
 * @property {string[]} pages          every .html file, relative to out/
 * @property {string[]} scriptHashes   CSP sources `'sha256-…'` of the inline executable scripts
 * @property {string[]} styleHashes    CSP sources `'sha256-…'` of the inline <style> elements
 * @property {InlineFinding[]} styleAttributes   `style="…"` attributes (blocked by `style-src 'self'`)
 * @property {InlineFinding[]} eventHandlers     `on…=` attributes and `javascript:` URLs (always blocked)
 * @property {string[]} webAssembly    scripts (relative to out/) that compile WebAssembly (Pagefind's search)
 */

/** Script types a browser executes; any other `type` is a data block (JSON, templates) and is not. */
const executableScriptTypes = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** Comments, raw-text elements (script, style) and start tags, in document order. */
const tokenPattern =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * @param {string} source the text between `<tag` and `>`
 * @returns {Map<string, string>} lower-cased attribute names → raw values
 */
function parseAttributes(source) {
  /** @type {Map<string, string>} */
  const attributes = new Map();
  for (const match of source.matchAll(attributePattern)) {
    const name = (match[1] ?? '').toLowerCase();
    if (name && !attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

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
 * Finds everything inline in the exported pages that a CSP has to allow or would block.
 * @param {string} out the export directory
 * @returns {InlineScan}
 */
export function scanInline(out) {
  /** @type {Set<string>} */
  const scripts = new Set();
  /** @type {Set<string>} */
  const styles = new Set();
  /** @type {InlineFinding[]} */
  const styleAttributes = [];
  /** @type {InlineFinding[]} */
  const eventHandlers = [];
  /** @type {string[]} */
  const pages = [];
  /** @type {string[]} */
  const webAssembly = [];
  for (const absolute of filesEndingIn(out, '.js')) {
    if (webAssemblyPattern.test(readFileSync(absolute, 'utf8'))) webAssembly.push(path.relative(out, absolute).split(path.sep).join('/'));
  }
  for (const absolute of filesEndingIn(out, '.html')) {
    const file = path.relative(out, absolute).split(path.sep).join('/');
    pages.push(file);
    const html = readFileSync(absolute, 'utf8');
    for (const match of html.matchAll(tokenPattern)) {
      const [token, rawTag, rawAttributes, content, tag, tagAttributes] = match;
      if (token.startsWith('<!--')) continue;
      const attributes = parseAttributes(rawTag ? (rawAttributes ?? '') : (tagAttributes ?? ''));
      for (const [name, value] of attributes) {
        if (name === 'style') styleAttributes.push({ file, what: `<${(rawTag ?? tag ?? '').toLowerCase()} style="${value}">` });
        if (/^on[a-z]+$/.test(name)) eventHandlers.push({ file, what: `${name}="${value}"` });
        if (/^(href|src|action|formaction)$/.test(name) && /^\s*javascript:/i.test(value)) eventHandlers.push({ file, what: `${name}="${value}"` });
      }
      const element = rawTag?.toLowerCase();
      if (element === 'script' && !attributes.has('src')) {
        const type = (attributes.get('type') ?? '').trim().toLowerCase();
        if (executableScriptTypes.has(type)) scripts.add(hashSource(content ?? ''));
      }
      if (element === 'style') styles.add(hashSource(content ?? ''));
    }
  }
  return { pages: pages.sort(), scriptHashes: [...scripts].sort(), styleHashes: [...styles].sort(), styleAttributes, eventHandlers, webAssembly: webAssembly.sort() };
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
 * @param {InlineScan} scan
 */
export function contentSecurityPolicy(scan) {
  return [
    `default-src 'none'`,
    ['script-src', `'self'`, ...(scan.webAssembly.length > 0 ? [`'wasm-unsafe-eval'`] : []), ...scan.scriptHashes].join(' '),
    ['style-src', `'self'`, ...scan.styleHashes].join(' '),
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
 * @param {string} out the export directory
 * @returns {Record<string, string>}
 */
export function securityHeaders(out) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scanInline(out)),
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
 * out/_headers in the format Netlify and Cloudflare Pages read. The security headers go on `/*`;
 * Cache-Control only on the paths that differ from the hosts' default (revalidate every time), and
 * CORP/CORS per path (pathHeaders), because both hosts join the values of a header that several
 * matching rules set.
 * @param {string} out the export directory
 */
export function headersFile(out) {
  /** @type {Map<string, [string, string][]>} one block per pattern, in order */
  const rules = new Map();
  const add = (/** @type {string} */ pattern, /** @type {Record<string, string>} */ headers) => rules.set(pattern, [...(rules.get(pattern) ?? []), ...Object.entries(headers)]);
  add('/*', securityHeaders(out));
  for (const rule of cacheRules) add(rule.pattern, { 'Cache-Control': rule.cacheControl });
  add(`${apiPrefix}*`, pathHeaders(apiPrefix));
  for (const pattern of ownOriginPatterns(out)) add(pattern, pathHeaders(pattern));
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
