/**
 * The static server of `npm start`, the browser tests and the load test: sirv over out/, with the
 * edition's cache policy, its security headers (scripts/security-headers.js: the same as out/_headers)
 * and the bilingual 404 page. No application code runs per request beyond a stat of out/.build-stamp.
 */
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { cacheControl, securityHeaders } from './security-headers.js';

/**
 * Not part of the site: a path with a segment starting with a dot (`/.build-stamp`), however it is
 * encoded, and out/_headers (read by Netlify and Cloudflare Pages, served by neither).
 */
function isHidden(url) {
  const pathname = url.split(/[?#]/)[0] ?? '';
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // sirv serves the undecoded path then; test that
  }
  return /\/\./.test(pathname) || /\/\./.test(decoded) || decoded === '/_headers';
}

export function createStaticServer(out) {
  // Computed from the pages being served (the CSP names the hashes of their inline scripts), and again
  // whenever a new build finishes (postbuild writes .build-stamp last); mid-build, the last ones stay.
  const stamp = path.join(out, '.build-stamp');
  let builtAt = Number.NaN;
  let headers = Object.entries(securityHeaders(out));
  let notFoundPage = readFileSync(path.join(out, '404.html'));
  const refresh = () => {
    let modified = builtAt;
    try {
      modified = statSync(stamp).mtimeMs;
    } catch {
      return; // a build is running
    }
    if (modified === builtAt) return;
    try {
      headers = Object.entries(securityHeaders(out));
      notFoundPage = readFileSync(path.join(out, '404.html'));
      builtAt = modified;
    } catch {
      // files vanished while reading: the next request tries again
    }
  };
  refresh();
  const serve = sirv(out, {
    extensions: ['html'],
    brotli: true,
    gzip: true,
    etag: true,
    dotfiles: false,
    // Look each file up when it is asked for, not in a list taken at start: when out/ is rebuilt under a
    // running server (`npm run build` in another terminal), the new files are served as they land, and a
    // file that was in the list but is gone no longer crashes the process (sirv streams it without an
    // error handler: ENOENT was an uncaught exception that took the server down).
    dev: true,
    setHeaders: (response, pathname) => response.setHeader('Cache-Control', cacheControl(pathname)),
  });
  const notFound = (response) => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', cacheControl('/404.html'));
    response.end(notFoundPage);
  };
  return http.createServer((request, response) => {
    refresh();
    // Set before sirv answers, so that every response carries them: pages, assets, 304s and the 404 page.
    for (const [name, value] of headers) response.setHeader(name, value);
    // sirv's dotfiles option only filters its start-up list: keep .build-stamp and the like private here.
    if (isHidden(request.url ?? '/')) return notFound(response);
    serve(request, response, () => notFound(response));
  });
}
