/**
 * The register in the export: the index is compact and keeps every `#entry-<id>` anchor; every entry
 * (and every released id that redirects) has a page in both languages, and each entry's page lists
 * every paragraph where /api/glossary.json records it, as a ¶ link, one line per paragraph.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');
const languages = ['de', 'en'] as const;
/** The register index's budget (issue #11): a compact page, not 7,000 elements. */
const maxIndexElements = 2500;

interface GlossaryJson {
  entries: { id: string; url: { de: string; en: string }; occurrences: { text: string; block: string; lang: string }[] }[];
  redirects: Record<string, string>;
}

function page(url: string): Root {
  const file = path.join(out, `${url}.html`);
  if (!existsSync(file)) throw new Error(`out${url}.html is missing (run \`npm run build\`)`);
  return fromHtml(readFileSync(file, 'utf8'));
}

function elements(tree: Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

const classes = (element: Element): string[] => (Array.isArray(element.properties.className) ? element.properties.className.map(String) : []);
const glossary = JSON.parse(readFileSync(path.join(out, 'api/glossary.json'), 'utf8')) as GlossaryJson;
const lock = parseYaml(readFileSync(path.resolve('annotations/glossary.lock.yaml'), 'utf8')) as { released: string[]; redirects: Record<string, string> | null };

describe('the register index', () => {
  for (const lang of languages) {
    test(`/${lang}/glossary has at most ${maxIndexElements} elements and one line per entry, each with its #entry-<id> anchor`, () => {
      const tree = page(`/${lang}/glossary`);
      const body = elements(tree, (element) => element.tagName === 'body')[0];
      let count = 0;
      if (body) visit(body, 'element', () => void (count += 1));
      expect(count).toBeLessThanOrEqual(maxIndexElements);
      const ids = elements(tree, (element) => element.tagName === 'li' && String(element.properties.id ?? '').startsWith('entry-')).map((element) => String(element.properties.id));
      expect(ids.sort()).toEqual(glossary.entries.map((entry) => `entry-${entry.id}`).sort());
    });
  }
});

describe('every entry’s page', () => {
  test('the JSON names each entry’s pages', () => {
    for (const entry of glossary.entries) expect(entry.url).toEqual({ de: `/de/glossary/${entry.id}`, en: `/en/glossary/${entry.id}` });
  });

  for (const lang of languages) {
    test(`/${lang}/glossary/<id>: every paragraph where the entry occurs is one ¶ link`, () => {
      const problems: string[] = [];
      for (const entry of glossary.entries) {
        const tree = page(entry.url[lang]);
        const lists = elements(tree, (element) => element.tagName === 'ul' && classes(element).includes('occurrence-list'));
        const hrefs = lists.flatMap((list) => elements({ type: 'root', children: [list] }, (element) => element.tagName === 'a').map((anchor) => String(anchor.properties.href)));
        const expected = [...new Set(entry.occurrences.map((occurrence) => `/${lang}/texts/${occurrence.text}#${occurrence.block}`))];
        if (hrefs.length !== new Set(hrefs).size) problems.push(`${entry.url[lang]}: a paragraph is listed twice`);
        if ([...hrefs].sort().join() !== [...expected].sort().join())
          problems.push(`${entry.url[lang]}: lists ${hrefs.length} ¶ links, the register records ${expected.length} paragraphs`);
      }
      expect(problems).toEqual([]);
    });
  }

  test('every released entry id resolves: an entry’s page, or a page that redirects to one', () => {
    const redirects = lock.redirects ?? {};
    expect(glossary.redirects).toEqual(redirects);
    for (const id of lock.released) {
      for (const lang of languages) {
        const tree = page(`/${lang}/glossary/${id}`);
        const target = redirects[id];
        if (!target) continue;
        const refresh = elements(tree, (element) => element.tagName === 'meta' && String(element.properties.httpEquiv ?? '').toLowerCase() === 'refresh');
        expect(String(refresh[0]?.properties.content ?? '')).toBe(`0; url=/${lang}/glossary/${target}`);
      }
    }
  });
});
