import { describe, expect, it } from 'vitest';
import { fileTypeOf } from '../../../scripts/mime-types.js';
import { pathHeaders, readHeadersRule } from '../../../scripts/security-headers.js';
import { parseTarget } from '../../../scripts/static-server.js';

describe('parseTarget: what reaches the file layer', () => {
  it('decodes clean URLs into segments', () => {
    expect(parseTarget('/de/texts/januar-aufstand?view=de')).toEqual({ ok: true, segments: ['de', 'texts', 'januar-aufstand'], directory: false });
    expect(parseTarget('/')).toEqual({ ok: true, segments: [], directory: true });
    expect(parseTarget('/%64e')).toEqual({ ok: true, segments: ['de'], directory: false });
    expect(parseTarget('/.well-known/security.txt')).toEqual({ ok: true, segments: ['.well-known', 'security.txt'], directory: false });
  });

  it('hides out/_headers, dotfiles and the precompressed copies, however encoded', () => {
    for (const target of [
      '/_headers',
      '/_headers/',
      '//_headers',
      '/%5F%68eaders/',
      '/%5f%68%65%61%64%65%72%73',
      '/.build-stamp',
      '/%2Ebuild-stamp',
      '/de/.x',
      '/x/.well-known/y',
      '/de.html.br',
      '/de.html.gz',
      '/de.html.BR',
    ]) {
      expect(parseTarget(target), target).toEqual({ ok: false, status: 404 });
    }
  });

  it('refuses traversal above the root, and resolves the rest as nginx does', () => {
    for (const target of ['/../etc/passwd', '/de/../../x', '/%2e%2e/x', '/..%2f..%2fetc/passwd']) expect(parseTarget(target), target).toEqual({ ok: false, status: 400 });
    expect(parseTarget('/de//texts')).toEqual({ ok: true, segments: ['de', 'texts'], directory: false });
    expect(parseTarget('/./de')).toEqual({ ok: true, segments: ['de'], directory: false });
    expect(parseTarget('/x/../de')).toEqual({ ok: true, segments: ['de'], directory: false });
    expect(parseTarget('/de/..')).toEqual({ ok: true, segments: [], directory: true });
    expect(parseTarget('/x/../_headers'), 'hidden after resolving').toEqual({ ok: false, status: 404 });
  });

  it('answers malformed targets with 400 and overlong ones with 414', () => {
    for (const target of ['/%', '/p1%', '/%zz', '/%E0%A4%A', '/%C0%AF', '/a%00b', '/a\\b', '/%5C', '*', 'http://x/de', ''])
      expect(parseTarget(target), target).toEqual({ ok: false, status: 400 });
    expect(parseTarget(`/${'a'.repeat(5000)}`)).toEqual({ ok: false, status: 414 });
  });
});

describe('fileTypeOf: every file type the edition publishes', () => {
  const expected: Record<string, string> = {
    '/de.html': 'text/html; charset=utf-8',
    '/_next/static/x.css': 'text/css; charset=utf-8',
    '/assets/edition.abc.js': 'text/javascript; charset=utf-8',
    '/api/texts.json': 'application/json; charset=utf-8',
    '/api/cite/januar-aufstand.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
    '/favicon.svg': 'image/svg+xml; charset=utf-8',
    '/fonts/x.woff2': 'font/woff2',
    '/favicon.ico': 'image/x-icon',
    '/robots.txt': 'text/plain; charset=utf-8',
    '/sitemap.xml': 'application/xml; charset=utf-8',
    '/api/tei/januar-aufstand.tei.xml': 'application/tei+xml; charset=utf-8',
    '/pagefind/wasm.de.pagefind': 'application/octet-stream',
    '/pagefind/pagefind.de_1.pf_meta': 'application/octet-stream',
    '/pagefind/index/de_1.pf_index': 'application/octet-stream',
    '/pagefind/fragment/de_1.pf_fragment': 'application/octet-stream',
    '/pagefind/filter/de_1.pf_filter': 'application/octet-stream',
    '/x.wasm': 'application/wasm',
    '/api/cite/januar-aufstand.bib': 'application/x-bibtex; charset=utf-8',
    '/api/cite/januar-aufstand.ris': 'application/x-research-info-systems; charset=utf-8',
    '/downloads/januar-aufstand.epub': 'application/epub+zip',
    '/api/texts/januar-aufstand.md': 'text/markdown; charset=utf-8',
    '/api/x.jsonld': 'application/ld+json; charset=utf-8',
    '/manifest.webmanifest': 'application/manifest+json; charset=utf-8',
    '/unknown.xyz': 'application/octet-stream',
  };
  it.each(Object.entries(expected))('%s → %s', (pathname, type) => {
    expect(fileTypeOf(pathname).type).toBe(type);
  });
});

describe('pathHeaders', () => {
  it('opens /api/ to every origin and keeps the rest same-origin', () => {
    expect(pathHeaders('/api/texts.json')).toMatchObject({ 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' });
    expect(pathHeaders('/api/texts.json')['Access-Control-Allow-Headers']).toMatch(/If-None-Match/);
    expect(pathHeaders('/de')).toEqual({ 'Cross-Origin-Resource-Policy': 'same-origin' });
  });
});

describe('readHeadersRule', () => {
  it('reads one rule of a _headers file back, and nothing of the others', () => {
    const text = "# comment\n/*\n  X-A: 1\n  Content-Security-Policy: default-src 'none'; img-src 'self' data:\n/api/*\n  X-B: 2\n";
    expect(readHeadersRule(text, '/*')).toEqual({ 'X-A': '1', 'Content-Security-Policy': "default-src 'none'; img-src 'self' data:" });
    expect(readHeadersRule(text, '/api/*')).toEqual({ 'X-B': '2' });
    expect(readHeadersRule(text, '/x')).toBeUndefined();
  });
});
