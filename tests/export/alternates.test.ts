/**
 * Every page of the export links the same way to itself and to its other language (`pageAlternates`,
 * lib/edition.ts): one canonical link, one hreflang link per interface language, all written alike,
 * relative paths without a public address, absolute on it with one. A page that is not to be found
 * itself (a redirect of a released id, a `noindex` second view such as a text's every-name page) names the
 * page it stands for, in both languages. Pages served in place of another (404, offline) have none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { languages } from '@/contract/languages';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');
const servedInstead = new Set(['404.html', 'offline.html']);

function* htmlFiles(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

interface HeadLinks {
  canonical: string[];
  /** hreflang → hrefs. */
  alternates: Map<string, string[]>;
  /** Where a redirect page sends the reader (meta refresh). */
  refresh?: string;
  /** `<meta name="robots" content="noindex, …">`. */
  noindex: boolean;
}

function headLinks(html: string): HeadLinks {
  const found: HeadLinks = { canonical: [], alternates: new Map(), noindex: false };
  visit(fromHtml(html), 'element', (node: Element) => {
    const rel = node.properties.rel;
    const href = node.properties.href;
    if (node.tagName === 'link' && Array.isArray(rel) && typeof href === 'string') {
      if (rel.includes('canonical')) found.canonical.push(href);
      const lang = node.properties.hrefLang;
      if (rel.includes('alternate') && typeof lang === 'string') found.alternates.set(lang, [...(found.alternates.get(lang) ?? []), href]);
    }
    const content = node.properties.content;
    if (node.tagName === 'meta' && String(node.properties.httpEquiv).toLowerCase() === 'refresh' && typeof content === 'string') {
      found.refresh = content.replace(/^\d+;\s*url=/i, '');
    }
    if (node.tagName === 'meta' && node.properties.name === 'robots' && typeof content === 'string' && /\bnoindex\b/.test(content)) found.noindex = true;
  });
  return found;
}

/** `de/glossary/csto.html` → `/de/glossary/csto`, `index.html` → `/`. */
function pagePath(file: string): string {
  const relative = path.relative(out, file).split(path.sep).join('/');
  return relative === 'index.html' ? '/' : `/${relative.replace(/\.html$/, '')}`;
}

/** A page's path in another interface language: `/de/about` → `/en/about`. */
function inLanguage(pagePath: string, lang: string): string {
  return pagePath.replace(/^\/[a-z]{2}(?=\/|$)/, `/${lang}`);
}

const pages = [...htmlFiles(out)].map((file) => ({ file: path.relative(out, file), path: pagePath(file), links: headLinks(readFileSync(file, 'utf8')) }));

describe('canonical and hreflang links, one rule for every page', () => {
  test('the export has pages in both languages', () => {
    expect(pages.filter((page) => page.path.startsWith('/de')).length).toBeGreaterThan(5);
    expect(pages.filter((page) => page.path.startsWith('/en')).length).toBe(pages.filter((page) => page.path.startsWith('/de')).length);
  });

  test('every page has one canonical link to itself (a redirect or noindex page: to the page it stands for) and one hreflang link per language to that page in it', () => {
    const origins = new Set<string>();
    const problems: string[] = [];
    for (const page of pages.filter((candidate) => !servedInstead.has(candidate.file))) {
      const { canonical, alternates, refresh, noindex } = page.links;
      // Written as paths without a public address, as absolute URLs on it: compare the paths, collect the origins.
      const pathOf = (href: string) => {
        const url = new URL(href, 'http://relative.invalid');
        origins.add(url.origin);
        return url.pathname;
      };
      const standsFor = refresh && page.path !== '/' ? pathOf(refresh) : noindex && canonical[0] ? pathOf(canonical[0]) : page.path;
      // A page in one language stands for a page in the same language.
      const self = inLanguage(standsFor, page.path.split('/')[1] ?? '');
      const expected = new Map<string, string>(languages.map((lang) => [lang, page.path === '/' ? `/${lang}` : inLanguage(self, lang)]));
      if (page.path === '/') expected.set('x-default', '/');
      if (canonical.length !== 1 || pathOf(canonical[0]!) !== self) problems.push(`${page.file}: canonical ${JSON.stringify(canonical)}, expected one to ${self}`);
      for (const [lang, target] of expected) {
        const hrefs = alternates.get(lang) ?? [];
        if (hrefs.length !== 1 || pathOf(hrefs[0]!) !== target) problems.push(`${page.file}: hreflang ${lang} ${JSON.stringify(hrefs)}, expected one to ${target}`);
      }
      const extra = [...alternates.keys()].filter((lang) => !expected.has(lang));
      if (extra.length > 0) problems.push(`${page.file}: unexpected hreflang ${extra.join(', ')}`);
    }
    expect(problems).toEqual([]);
    // One policy for the whole export: all relative, or all on the one public address.
    expect(origins.size).toBe(1);
  });

  test('pages served in place of another (404, offline) name no canonical address', () => {
    for (const page of pages.filter((candidate) => servedInstead.has(candidate.file))) {
      expect({ file: page.file, canonical: page.links.canonical, alternates: [...page.links.alternates.keys()] }).toEqual({ file: page.file, canonical: [], alternates: [] });
    }
  });
});
