/**
 * The sources page and /api/sources.json list every work the data cites: read here straight from the
 * YAML of annotations/ (not through the edition's gateway), so that a work the bibliography drops, or
 * a note it forgets, fails the test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');
const annotations = path.resolve('annotations');

interface Cited {
  title: string;
  publisher?: string;
  url?: string;
  verified: boolean;
  citedBy: Set<string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Every cited work of the YAML, one per address (or title and publisher), with what cites it. */
function citedWorks(): Map<string, Cited> {
  const works = new Map<string, Cited>();
  const add = (raw: Record<string, unknown>, citer: string) => {
    const title = String(raw.title);
    const url = typeof raw.url === 'string' ? raw.url : undefined;
    const publisher = typeof raw.publisher === 'string' ? raw.publisher : undefined;
    const key = url
      ? new URL(url).host.replace(/^www\./, '').toLowerCase() + new URL(url).pathname.replace(/\/+$/, '') + new URL(url).search
      : `${title.toLowerCase().trim()}|${(publisher ?? '').toLowerCase().trim()}`;
    const work = works.get(key) ?? { title, ...(publisher ? { publisher } : {}), ...(url ? { url } : {}), verified: true, citedBy: new Set<string>() };
    work.verified &&= raw.verified === true;
    work.citedBy.add(citer);
    works.set(key, work);
  };
  for (const file of readdirSync(path.join(annotations, 'notes')).filter((name) => name.endsWith('.yaml'))) {
    const slug = file.replace(/\.yaml$/, '');
    const data: unknown = parseYaml(readFileSync(path.join(annotations, 'notes', file), 'utf8'));
    for (const note of recordsOf(isRecord(data) ? data.notes : undefined)) {
      for (const source of recordsOf(note.sources)) add(source, `/texts/${slug}#note-${String(note.id)}`);
    }
  }
  const glossary: unknown = parseYaml(readFileSync(path.join(annotations, 'glossary.yaml'), 'utf8'));
  for (const entry of recordsOf(isRecord(glossary) ? glossary.entries : undefined)) {
    for (const source of recordsOf(entry.sources)) add(source, `/glossary#entry-${String(entry.id)}`);
  }
  return works;
}

function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** The `li.work` items of an exported sources page: their text, their links, and whether they say “verified”. */
function pageWorks(file: string): { text: string; hrefs: string[]; verified: boolean }[] {
  const page = path.join(out, file);
  if (!existsSync(page)) throw new Error(`out/${file} is missing (run \`npm run build\`)`);
  const works: { text: string; hrefs: string[]; verified: boolean }[] = [];
  visit(fromHtml(readFileSync(page, 'utf8')), 'element', (element: Element) => {
    if (element.tagName !== 'li' || !classes(element).includes('work')) return;
    const hrefs: string[] = [];
    visit(element, 'element', (child: Element) => {
      if (child.tagName === 'a' && typeof child.properties.href === 'string') hrefs.push(child.properties.href);
    });
    works.push({ text: hastToString(element).replace(/\s+/g, ' '), hrefs, verified: element.properties.dataVerified === 'true' });
    return 'skip';
  });
  return works;
}

describe('the sources page', () => {
  const works = citedWorks();

  test('the data cites works at all', () => {
    expect(works.size).toBeGreaterThan(10);
  });

  for (const locale of ['de', 'en'] as const) {
    test(`/${locale}/sources lists every cited work once, with its status and every note and entry that cites it`, () => {
      const listed = pageWorks(`${locale}/sources.html`);
      expect(listed).toHaveLength(works.size);
      const missing: string[] = [];
      for (const work of works.values()) {
        const item = listed.find((candidate) => (work.url ? candidate.hrefs.includes(work.url) : candidate.text.includes(work.title)));
        if (!item) {
          missing.push(`${work.title} (${work.url ?? work.publisher ?? 'no address'}): not listed`);
          continue;
        }
        if (!item.text.includes(work.title)) missing.push(`${work.title}: title not shown`);
        if (item.verified !== work.verified) missing.push(`${work.title}: shown as ${item.verified ? 'verified' : 'not verified'}`);
        for (const citer of work.citedBy) {
          if (!item.hrefs.includes(`/${locale}${citer}`)) missing.push(`${work.title}: no link to /${locale}${citer}`);
        }
      }
      expect(missing, missing.join('\n')).toEqual([]);
    });
  }

  test('/api/sources.json holds the same works, each with a verified flag', () => {
    const file = path.join(out, 'api/sources.json');
    if (!existsSync(file)) throw new Error('out/api/sources.json is missing (run `npm run build`)');
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const sources = recordsOf(isRecord(data) ? data.sources : undefined);
    expect(sources).toHaveLength(works.size);
    for (const source of sources) {
      expect(typeof source.id, JSON.stringify(source)).toBe('string');
      expect(typeof source.title, JSON.stringify(source)).toBe('string');
      expect(typeof source.verified, JSON.stringify(source)).toBe('boolean');
      expect(Array.isArray(source.notes) && Array.isArray(source.entries), JSON.stringify(source)).toBe(true);
    }
    const urls = new Set(sources.map((source) => source.url));
    for (const work of works.values()) if (work.url) expect(urls.has(work.url), `${work.url} is not in /api/sources.json`).toBe(true);
  });
});
