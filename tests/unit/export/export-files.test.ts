import { describe, expect, it } from 'vitest';
import { appRoutes, routeOf } from '@/lib/export/app-routes';
import { classifyFile, type EditionFiles } from '@/lib/export/export-files';

const routes = appRoutes([
  'layout.tsx',
  'page.tsx',
  'not-found.tsx',
  '[locale]/page.tsx',
  '[locale]/texts/[slug]/page.tsx',
  '(group)/docs/[...path]/page.tsx',
  '_parts/page.tsx',
  'api/texts.json/route.ts',
  'api/cite/[file]/route.ts',
  'globals.css',
]);
const edition: EditionFiles = {
  routes,
  publicFiles: new Set(['robots.txt', 'favicon.svg', 'fonts/serif.woff2']),
  buildOutputs: [
    { path: 'pagefind/de/', by: 'scripts/build-search.ts' },
    { path: 'search/terms.json', by: 'scripts/build-search.ts' },
  ],
};
const present = new Set(['de.html', 'de/texts/a.html', 'index.html', 'robots.txt', '_not-found.html']);
const verdict = (file: string) => classifyFile(file, edition, (other) => present.has(other));

describe('appRoutes and routeOf', () => {
  it('finds the page or route handler an exported file is of, by Next’s routing conventions', () => {
    expect(routeOf(routes, 'index.html')?.source).toBe('app/page.tsx');
    expect(routeOf(routes, 'de.html')?.source).toBe('app/[locale]/page.tsx');
    expect(routeOf(routes, 'de/texts/januar-aufstand.html')?.source).toBe('app/[locale]/texts/[slug]/page.tsx');
    expect(routeOf(routes, 'docs/a/b.html')?.source).toBe('app/(group)/docs/[...path]/page.tsx');
    expect(routeOf(routes, '404.html')?.kind).toBe('page');
    expect(routeOf(routes, 'api/cite/x.bib')?.source).toBe('app/api/cite/[file]/route.ts');
    expect(routeOf(routes, 'api/texts.json')?.kind).toBe('handler');
  });

  it('knows no route for a private folder, a missing segment or a file of the wrong kind', () => {
    expect(
      appRoutes(['_parts/page.tsx', '_parts/api/route.ts']).map((route) => route.source),
      'only the 404 page',
    ).toHaveLength(1);
    expect(routeOf(routes, 'de/texts.html')).toBeUndefined();
    expect(routeOf(routes, 'de/texts/a/b.html')).toBeUndefined();
    expect(routeOf(routes, '_global-error.html'), 'Next’s internal routes are no locale').toBeUndefined();
    expect(routeOf(routes, 'de/texts/a.json')).toBeUndefined();
  });
});

describe('classifyFile', () => {
  it('keeps the edition’s files: public/ (robots.txt too), build outputs, route handlers’ responses; pages go through the page pass', () => {
    expect(verdict('robots.txt')).toEqual({ action: 'keep', what: 'public/robots.txt' });
    expect(verdict('pagefind/de/index.pf_meta').action).toBe('keep');
    expect(verdict('search/terms.json').action).toBe('keep');
    expect(verdict('api/cite/a.de.ris').action).toBe('keep');
    expect(verdict('de/texts/a.html').action).toBe('page');
  });

  it('removes Next’s artefacts by their naming, not by extension', () => {
    for (const file of [
      'de/texts/a.txt',
      'index.txt',
      'de/texts/a/__next._full.txt',
      'de/__next.$d$locale.__PAGE__.txt',
      '_next/static/chunks/0j1we3cwg31qe.js',
      '_next/static/gXzee4/_buildManifest.js',
      '_next/static/gXzee4/_ssgManifest.js',
      '_not-found.html',
      '_not-found.txt',
      '_not-found/__next._tree.txt',
    ]) {
      expect(verdict(file).action, file).toBe('remove');
    }
    expect(verdict('_next/static/chunks/1ajhinxap5mj9.css').action).toBe('keep');
  });

  it('keeps a precompressed copy of a kept file, from an earlier run, and its headers and stamp', () => {
    expect(verdict('robots.txt.br').action).toBe('keep');
    expect(verdict('de.html.gz').action).toBe('keep');
    expect(verdict('_headers').action).toBe('keep');
    expect(verdict('stray.js.gz').action).toBe('refuse');
  });

  it('refuses anything else, with what to do', () => {
    for (const file of ['notes.txt', 'beacon.js', '_next/static/gXzee4/other.js', '_global-error.html', 'de/texts/a/extra.html']) {
      expect(verdict(file), file).toEqual({
        action: 'refuse',
        what: expect.stringContaining('nor a known artefact of Next'),
        fix: expect.stringContaining('lib/export/next-artefacts.ts'),
      });
    }
  });
});
