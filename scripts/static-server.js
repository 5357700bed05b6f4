/**
 * The static server of `npm start`, the browser tests and the load test: sirv over out/, with the
 * edition's cache policy and the bilingual 404 page. No application code runs per request.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

/** Hashed build assets never change; everything else is revalidated by ETag. */
function setCacheHeaders(response, pathname) {
  response.setHeader(
    'Cache-Control',
    pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
  );
}

export function createStaticServer(out) {
  const notFoundPage = readFileSync(path.join(out, '404.html'));
  const serve = sirv(out, {
    extensions: ['html'],
    brotli: true,
    gzip: true,
    etag: true,
    dotfiles: false,
    setHeaders: (response, pathname) => setCacheHeaders(response, pathname),
  });
  return http.createServer((request, response) => {
    serve(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(notFoundPage);
    });
  });
}
