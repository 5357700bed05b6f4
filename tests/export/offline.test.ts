/**
 * The service worker of the built export (scripts/build-offline.ts): every file a reader can need is in
 * its precache under the URL the server answers, nothing that must not be, and the control's size
 * figure (out/offline-edition.json) is the precache's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanUrl } from '@/lib/offline/precache-config';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');
const worker = readFileSync(path.join(out, 'sw.js'), 'utf8');
const precached = new Map([...worker.matchAll(/\{url:"([^"]+)",revision:"([0-9a-f]+)"\}/g)].map((match) => [match[1] ?? '', match[2] ?? '']));

function files(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

const exported = files(out);
const neverKept = /(^|\/)\.|\.(br|gz|map|epub)$|^(_headers|sw\.js|offline-edition\.json|404\.html)$/;

describe('the precache of out/sw.js', () => {
  test('holds every exported file a reader can need, each with a revision, under its clean URL', () => {
    const missing = exported.filter((file) => !neverKept.test(file) && !precached.has(cleanUrl(file)));
    expect(missing).toEqual([]);
    expect(precached.size).toBe(exported.filter((file) => !neverKept.test(file)).length);
  });

  test('every page of both languages, the register, search, API and both search indexes are among them', () => {
    for (const url of [
      '/',
      '/offline',
      '/de',
      '/en',
      '/de/texts/januar-aufstand',
      '/en/texts/hintergruende',
      '/de/glossary',
      '/en/search',
      '/api/texts.json',
      '/manifest/en.webmanifest',
    ]) {
      expect(precached.has(url), url).toBe(true);
    }
    for (const lang of ['de', 'en']) expect(precached.has(`/pagefind/${lang}/wasm.${lang}.pagefind`), lang).toBe(true);
  });

  test('the size the control shows is the precache', () => {
    const summary = JSON.parse(readFileSync(path.join(out, 'offline-edition.json'), 'utf8')) as { files: number; bytes: number };
    const bytes = exported.filter((file) => !neverKept.test(file)).reduce((sum, file) => sum + statSync(path.join(out, file)).size, 0);
    expect(summary).toMatchObject({ files: precached.size, bytes });
  });
});
