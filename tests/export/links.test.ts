/**
 * A crawler over the export (out/), starting at `/`, that maps URL paths to files the way
 * scripts/static-server.js does: `/de` → de.html, `/` → index.html, `/api/x.json` → that file.
 *
 * - every internal `href`/`src`/`srcset`/`poster`/`action`, meta refresh and CSS `url()` resolves to a file;
 * - every `#fragment` names an element id (or `<a name>`) of its target page; a range `p3-p7`
 *   resolves when both ends do (redirected ids are real elements on the page, so they resolve too);
 * - links to the edition's own public address (canonical, hreflang alternates) resolve like internal ones;
 * - every page under out/ except 404.html and offline.html (shown by the server and the service worker in
 *   place of another page) and the redirect pages of released glossary ids is reachable from `/` by links a
 *   reader can follow;
 * - every external link carries `rel` with `noopener` and `noreferrer`.
 * Failures list every broken reference at once, as `page → reference (reason)`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fileForTarget } from '../../scripts/static-server.js';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');
/** A made-up origin the crawler resolves relative URLs against; never fetched. */
const origin = 'http://edition.invalid';
/** Pages never linked: served in place of another (the 404 page by the server, the offline page by the service worker). */
const servedInstead = new Set(['404.html', 'offline.html']);

/** The 404 page is served at any unknown address: resolve its links against one, to catch relative ones. */
const notFoundAddress = '/de/texts/gibt-es-nicht/sub';
/**
 * Pages of released glossary ids that now redirect (annotations/glossary.lock.yaml): old links reach
 * them, the site itself links the entry that replaced them.
 */
const glossaryLock = parseYaml(readFileSync(path.resolve('annotations/glossary.lock.yaml'), 'utf8')) as { redirects?: Record<string, string> | null };
const redirectedEntryPages = new Set(Object.keys(glossaryLock.redirects ?? {}).flatMap((id) => ['de', 'en'].map((lang) => `${lang}/glossary/${id}.html`)));

interface Reference {
  /** The page (URL path) or stylesheet (file) the reference is on. */
  from: string;
  /** As written. */
  value: string;
  element: string;
  attribute: string;
  /** A link a reader follows (a, area, meta refresh): counts for reachability. */
  navigable: boolean;
  rel: string[];
}

interface Page {
  url: string;
  file: string;
  ids: Set<string>;
  references: Reference[];
}

interface Crawl {
  pages: Map<string, Page>;
  reachable: Set<string>;
  broken: string[];
  brokenFragments: string[];
  external: string[];
  externalWithoutRel: string[];
  unreachable: string[];
  checkedReferences: number;
  checkedFragments: number;
}

/** Files the server could serve: no dotfiles, no directories. */
function isServedFile(relative: string): boolean {
  if (relative.split('/').some((part) => part.startsWith('.'))) return false;
  const absolute = path.join(out, relative);
  return absolute.startsWith(out) && existsSync(absolute) && statSync(absolute).isFile();
}

/** The file scripts/static-server.js answers a URL path with (its own lookup: `/de` → de.html). */
function fileForPath(pathname: string): string | undefined {
  return fileForTarget(out, pathname);
}

/** The URL path a page file is served at (index.html → `/`, de/texts/x.html → `/de/texts/x`). */
function urlForFile(relative: string): string {
  if (relative === 'index.html') return '/';
  return `/${relative.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`;
}

function* files(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

function stringProperty(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.join(' ');
  return undefined;
}

function relOf(element: Element): string[] {
  const rel = element.properties.rel;
  const parts = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? [rel] : [];
  return parts.flatMap((part) => part.toLowerCase().split(/\s+/)).filter(Boolean);
}

/** Attributes that hold one URL, per element (hast property names). */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  embed: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  input: ['src', 'formAction'],
  button: ['formAction'],
  form: ['action'],
  object: ['data'],
};

function readPage(relative: string): Page {
  const url = relative === '404.html' ? notFoundAddress : urlForFile(relative);
  const from = relative === '404.html' ? '404.html' : url;
  const tree: Root = fromHtml(readFileSync(path.join(out, relative), 'utf8'));
  const ids = new Set<string>();
  const references: Reference[] = [];
  visit(tree, 'element', (element: Element) => {
    const id = stringProperty(element, 'id');
    if (id) ids.add(id);
    const name = stringProperty(element, 'name');
    if (element.tagName === 'a' && name) ids.add(name);
    const rel = relOf(element);
    for (const attribute of urlAttributes[element.tagName] ?? []) {
      const value = stringProperty(element, attribute);
      if (value === undefined) continue;
      const navigable = (element.tagName === 'a' || element.tagName === 'area') && attribute === 'href';
      references.push({ from, value, element: element.tagName, attribute, navigable, rel });
    }
    const srcset = stringProperty(element, 'srcSet');
    if (srcset !== undefined && (element.tagName === 'img' || element.tagName === 'source')) {
      for (const candidate of srcset.split(',')) {
        const value = candidate.trim().split(/\s+/)[0];
        if (value) references.push({ from, value, element: element.tagName, attribute: 'srcset', navigable: false, rel });
      }
    }
    if (element.tagName === 'meta' && stringProperty(element, 'httpEquiv')?.toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(stringProperty(element, 'content') ?? '')?.[1]?.trim();
      if (target) references.push({ from, value: target, element: 'meta', attribute: 'http-equiv=refresh', navigable: true, rel });
    }
  });
  return { url, file: relative, ids, references };
}

/** `url(…)` and `@import "…"` of a stylesheet, resolved later against the stylesheet's own address. */
function cssReferences(cssPath: string, css: string): Reference[] {
  const references: Reference[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    const value = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '';
    if (value) references.push({ from: cssPath, value, element: 'css', attribute: 'url()', navigable: false, rel: [] });
  }
  return references;
}

function describeReference(reference: Reference, reason: string): string {
  return `${reference.from} → ${reference.value} (${reason}; <${reference.element} ${reference.attribute}>)`;
}

function crawl(): Crawl {
  const pageFiles = [...files(out)]
    .map((file) => path.relative(out, file).split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && isServedFile(file))
    .sort();
  const pages = new Map<string, Page>();
  for (const file of pageFiles) pages.set(file, readPage(file));

  const canonical = pages.get('index.html')?.references.find((reference) => reference.element === 'link' && reference.rel.includes('canonical'));
  const siteOrigin = canonical ? new URL(canonical.value, origin).origin : undefined;

  const broken: string[] = [];
  const brokenFragments: string[] = [];
  const external = new Set<string>();
  const externalWithoutRel: string[] = [];
  const links = new Map<string, Set<string>>();
  let checkedReferences = 0;
  let checkedFragments = 0;

  /** Checks one reference; returns the page file it leads to, if any. */
  const check = (reference: Reference, base: string): string | undefined => {
    const value = reference.value.trim();
    if (value === '') {
      broken.push(describeReference(reference, 'empty URL'));
      return undefined;
    }
    let target: URL;
    try {
      target = new URL(value, base);
    } catch {
      broken.push(describeReference(reference, 'not a URL'));
      return undefined;
    }
    if (['mailto:', 'tel:', 'data:'].includes(target.protocol)) return undefined;
    if (target.protocol === 'javascript:') {
      broken.push(describeReference(reference, 'javascript: URL (blocked by the Content-Security-Policy)'));
      return undefined;
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      broken.push(describeReference(reference, `unexpected scheme ${target.protocol}`));
      return undefined;
    }
    const ownSite = target.origin === siteOrigin;
    if (target.origin !== origin && !ownSite) {
      external.add(target.href);
      if ((reference.element === 'a' || reference.element === 'area') && !(reference.rel.includes('noopener') && reference.rel.includes('noreferrer'))) {
        externalWithoutRel.push(`${reference.from} → ${value} (rel="${reference.rel.join(' ')}")`);
      }
      return undefined;
    }
    if (reference.from === '404.html' && !value.startsWith('/') && !value.startsWith('#') && !ownSite && !/^https?:/i.test(value)) {
      broken.push(describeReference(reference, 'relative URL on the 404 page, which is served at every unknown address'));
      return undefined;
    }
    checkedReferences += 1;
    const file = fileForPath(target.pathname);
    if (!file) {
      broken.push(describeReference(reference, `no file in out/ for ${target.pathname}${ownSite ? ` (on the edition's public address ${siteOrigin})` : ''}`));
      return undefined;
    }
    const fragment = target.hash.slice(1);
    if (fragment) {
      checkedFragments += 1;
      const page = pages.get(file);
      let id = fragment;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        // keep it raw; it will not be found
      }
      if (!page) brokenFragments.push(describeReference(reference, `#${id} on ${file}, which is not an HTML page`));
      else if (!page.ids.has(id)) {
        const range = /^([^-]+)-([^-]+)$/.exec(id);
        const missing = range ? [range[1] ?? '', range[2] ?? ''].filter((end) => !page.ids.has(end)) : [id];
        if (missing.length > 0) brokenFragments.push(describeReference(reference, `no element with id ${missing.map((end) => `"${end}"`).join(' or ')} on ${page.url}`));
      }
    }
    return file.endsWith('.html') ? file : undefined;
  };

  const stylesheets = new Set<string>();
  for (const page of pages.values()) {
    const targets = new Set<string>();
    for (const reference of page.references) {
      const target = check(reference, new URL(page.url, origin).href);
      if (target && reference.navigable) targets.add(target);
      if (reference.element === 'link' && reference.rel.includes('stylesheet')) {
        const stylesheet = fileForPath(new URL(reference.value, new URL(page.url, origin)).pathname);
        if (stylesheet) stylesheets.add(stylesheet);
      }
    }
    links.set(page.file, targets);
  }
  for (const stylesheet of stylesheets) {
    for (const reference of cssReferences(`/${stylesheet}`, readFileSync(path.join(out, stylesheet), 'utf8'))) {
      check(reference, new URL(`/${stylesheet}`, origin).href);
    }
  }

  const reachable = new Set<string>();
  const start = fileForPath('/');
  const queue = start ? [start] : [];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (reachable.has(file)) continue;
    reachable.add(file);
    for (const next of links.get(file) ?? []) if (!reachable.has(next)) queue.push(next);
  }
  const unreachable = [...pages.keys()].filter((file) => !servedInstead.has(file) && !redirectedEntryPages.has(file) && !reachable.has(file));

  return { pages, reachable, broken, brokenFragments, external: [...external].sort(), externalWithoutRel, unreachable, checkedReferences, checkedFragments };
}

/** Each problem once, with how often it occurs (a link repeated in every note popover is one defect). */
function report(problems: string[]): string {
  const counts = new Map<string, number>();
  for (const problem of problems) counts.set(problem, (counts.get(problem) ?? 0) + 1);
  return [...counts].map(([problem, count]) => (count > 1 ? `${problem} ×${count}` : problem)).join('\n');
}

describe('links in the export', () => {
  let result: Crawl;

  beforeAll(() => {
    if (!existsSync(out)) throw new Error(`${out} is missing: run \`npm run build\` first`);
    result = crawl();
  });

  test('/ is a page and the crawl finds pages', () => {
    expect(fileForPath('/'), 'no index.html in out/').toBe('index.html');
    expect(result.pages.size).toBeGreaterThan(1);
    expect(result.checkedReferences).toBeGreaterThan(0);
  });

  test('every internal href, src and CSS url() resolves to a file', () => {
    expect(result.broken, `${result.broken.length} broken reference(s):\n${report(result.broken)}`).toEqual([]);
  });

  test('every #fragment names an element of its target page (ranges: both ends)', () => {
    expect(result.checkedFragments).toBeGreaterThan(0);
    expect(result.brokenFragments, `${result.brokenFragments.length} broken fragment(s):\n${report(result.brokenFragments)}`).toEqual([]);
  });

  test('the crawl reaches every kind of page, the sources page included', () => {
    for (const file of ['de.html', 'en.html', 'de/about.html', 'de/glossary.html', 'de/sources.html', 'en/sources.html', 'de/texts/januar-aufstand.html']) {
      expect(result.reachable.has(file), `${file} is not reached from /`).toBe(true);
    }
  });

  test('every page except 404.html and offline.html is reachable from /', () => {
    expect(result.unreachable, `page(s) no link from / leads to:\n${result.unreachable.join('\n')}`).toEqual([]);
  });

  test('every external link carries rel="noopener noreferrer"', () => {
    expect(result.externalWithoutRel, `external link(s) without noopener and noreferrer:\n${report(result.externalWithoutRel)}`).toEqual([]);
  });
});
