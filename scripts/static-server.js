/**
 * The static server of `npm start`, the browser tests and the load test: sirv over out/, with the
 * edition's cache policy, its security headers (scripts/security-headers.js: the same as out/_headers)
 * and the bilingual 404 page. No application code runs per request.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { cacheControl, securityHeaders } from './security-headers.js';

export function createStaticServer(out) {
  const notFoundPage = readFileSync(path.join(out, '404.html'));
  // Computed once, from the pages being served: the CSP names the hashes of their inline scripts.
  const headers = Object.entries(securityHeaders(out));
  const serve = sirv(out, {
    extensions: ['html'],
    brotli: true,
    gzip: true,
    etag: true,
    dotfiles: false,
    setHeaders: (response, pathname) => response.setHeader('Cache-Control', cacheControl(pathname)),
  });
  return http.createServer((request, response) => {
    // Set before sirv answers, so that every response carries them: pages, assets, 304s and the 404 page.
    for (const [name, value] of headers) response.setHeader(name, value);
    serve(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', cacheControl('/404.html'));
      response.end(notFoundPage);
    });
  });
}
