import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getManifest } from 'workbox-build';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanUrl, precacheConfig } from '@/lib/offline/precache-config';

/** A tiny export with one file of every kind the edition's build writes. */
const files = [
  'index.html',
  '404.html',
  'offline.html',
  'de.html',
  'en.html',
  'de/texts/januar-aufstand.html',
  'en/texts/januar-aufstand.html',
  'de/glossary.html',
  'de/glossary/akorda.html',
  'de/search.html',
  'de/my-annotations.html',
  'api/texts.json',
  'api/texts/januar-aufstand.json',
  'api/cite/januar-aufstand.bib',
  'api/tei/januar-aufstand.tei.xml',
  'api/epub/januar-aufstand.epub',
  'pagefind/de/pagefind.js',
  'pagefind/de/pagefind-entry.json',
  'pagefind/de/wasm.de.pagefind',
  'pagefind/de/index/de_1a2b.pf_index',
  'pagefind/de/fragment/de_3c4d.pf_fragment',
  'pagefind/de/pagefind.de_5e6f.pf_meta',
  'fonts/source-serif-4-latin-400-normal.woff2',
  'assets/edition.0123456789ab.js',
  'reading/reading.js',
  'search/search.js',
  'manifest/de.webmanifest',
  'icons/icon-any-192.png',
  'favicon.svg',
  '_next/static/css/site.css',
  // never precached
  'de.html.br',
  'de.html.gz',
  'api/texts.json.br',
  '_headers',
  '.build-stamp',
  'sw.js',
  'offline-edition.json',
  'assets/edition.0123456789ab.js.map',
];

let out = '';
let urls: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'precache-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), `content of ${file}`);
  }
  const { globPatterns, globIgnores, manifestTransforms, maximumFileSizeToCacheInBytes } = precacheConfig(out);
  const { manifestEntries } = await getManifest({ globDirectory: out, globPatterns, globIgnores, manifestTransforms, maximumFileSizeToCacheInBytes });
  urls = (manifestEntries ?? []).map((entry) => entry.url).sort();
  expect((manifestEntries ?? []).every((entry) => typeof entry.revision === 'string' && entry.revision.length > 0)).toBe(true);
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the precache', () => {
  test('holds every page under its clean URL', () => {
    for (const page of [
      '/',
      '/offline',
      '/de',
      '/en',
      '/de/texts/januar-aufstand',
      '/en/texts/januar-aufstand',
      '/de/glossary',
      '/de/glossary/akorda',
      '/de/search',
      '/de/my-annotations',
    ]) {
      expect(urls).toContain(page);
    }
    expect(urls.filter((url) => url.endsWith('.html'))).toEqual([]);
  });

  test('holds the JSON API, the exports other than EPUB, the search index, fonts, scripts, styles, manifest and icons', () => {
    for (const file of [
      '/api/texts.json',
      '/api/texts/januar-aufstand.json',
      '/api/cite/januar-aufstand.bib',
      '/api/tei/januar-aufstand.tei.xml',
      '/pagefind/de/pagefind.js',
      '/pagefind/de/pagefind-entry.json',
      '/pagefind/de/wasm.de.pagefind',
      '/pagefind/de/index/de_1a2b.pf_index',
      '/pagefind/de/fragment/de_3c4d.pf_fragment',
      '/pagefind/de/pagefind.de_5e6f.pf_meta',
      '/fonts/source-serif-4-latin-400-normal.woff2',
      '/assets/edition.0123456789ab.js',
      '/reading/reading.js',
      '/search/search.js',
      '/manifest/de.webmanifest',
      '/icons/icon-any-192.png',
      '/favicon.svg',
      '/_next/static/css/site.css',
    ]) {
      expect(urls).toContain(file);
    }
  });

  test('leaves out precompressed copies, host files, the worker itself, the 404 page, source maps and EPUB', () => {
    expect(urls.filter((url) => /\.(br|gz|map|epub)$/.test(url))).toEqual([]);
    for (const file of ['/_headers', '/.build-stamp', '/sw.js', '/offline-edition.json', '/404']) expect(urls).not.toContain(file);
  });

  test('a changed file gets a new revision, an unchanged one keeps its own', async () => {
    const config = precacheConfig(out);
    const revisions = async () =>
      new Map(
        (
          (await getManifest({ globDirectory: out, globPatterns: config.globPatterns, globIgnores: config.globIgnores, manifestTransforms: config.manifestTransforms }))
            .manifestEntries ?? []
        ).map((entry) => [entry.url, entry.revision]),
      );
    const before = await revisions();
    writeFileSync(path.join(out, 'de.html'), `${readFileSync(path.join(out, 'de.html'), 'utf8')} changed`);
    const after = await revisions();
    expect(after.get('/de')).not.toBe(before.get('/de'));
    expect(after.get('/en')).toBe(before.get('/en'));
  });
});

describe('the worker', () => {
  const config = precacheConfig('/export');

  test('waits for the reader instead of taking over open pages of the old build', () => {
    expect(config.skipWaiting).toBe(false);
    expect(config.clientsClaim).toBe(false);
  });

  test('is one self-contained file (no importScripts: the CSP allows only its own origin, no eval)', () => {
    expect(config.inlineWorkboxRuntime).toBe(true);
    expect(config.importScripts).toBeUndefined();
  });

  test("answers any query string of a kept file from the precache (?view=, ?q=, Pagefind's ?ts=)", () => {
    expect(config.ignoreURLParametersMatching?.some((pattern) => pattern.test('view'))).toBe(true);
    expect(config.ignoreURLParametersMatching?.some((pattern) => pattern.test('ts'))).toBe(true);
  });

  test('shows the offline page for a navigation it cannot answer', () => {
    const [navigation] = config.runtimeCaching ?? [];
    expect(navigation?.handler).toBe('NetworkOnly');
    expect(navigation?.options?.precacheFallback?.fallbackURL).toBe('/offline');
  });
});

describe('cleanUrl', () => {
  test.each([
    ['index.html', '/'],
    ['de.html', '/de'],
    ['de/texts/x.html', '/de/texts/x'],
    ['de/index.html', '/de/'],
    ['api/texts.json', '/api/texts.json'],
    ['pagefind/de/wasm.de.pagefind', '/pagefind/de/wasm.de.pagefind'],
  ])('%s → %s', (file, url) => expect(cleanUrl(file)).toBe(url));
});
