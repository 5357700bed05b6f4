/**
 * The public JSON under out/api/ (README "JSON API"): the documented shape, and blocks that match the
 * texts, checked against two independent readings: the Markdown sources (texts/<slug>/<lang>.md, read
 * here with mdast, not through the edition's own parser) and the exported reader pages.
 * Fields may be added to the API, never renamed or removed: extra fields pass, missing ones fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');
const textsDir = path.resolve('texts');
const kinds = ['heading', 'paragraph', 'item'] as const;
const idPattern = /^[a-z]\d+[a-z]?$/;

type Kind = (typeof kinds)[number];
interface SourceBlock {
  id: string;
  kind: Kind;
  text: string;
  line: number;
}

function readJson(relative: string): unknown {
  const file = path.join(out, relative);
  if (!existsSync(file)) throw new Error(`out/${relative} is missing (run \`npm run build\`)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Shape problems of one value, as `where: what` lines; empty when it conforms. */
type Check = (value: unknown, where: string) => string[];

const string: Check = (value, where) => (typeof value === 'string' && value.trim() !== '' ? [] : [`${where}: expected a non-empty string, got ${JSON.stringify(value)}`]);
const optional =
  (check: Check): Check =>
  (value, where) =>
    value === undefined ? [] : check(value, where);
const arrayOf =
  (check: Check, nonEmpty = true): Check =>
  (value, where) => {
    if (!Array.isArray(value)) return [`${where}: expected an array, got ${JSON.stringify(value)}`];
    if (nonEmpty && value.length === 0) return [`${where}: expected a non-empty array`];
    return value.flatMap((item, index) => check(item, `${where}[${index}]`));
  };
const object =
  (fields: Record<string, Check>): Check =>
  (value, where) => {
    if (!isRecord(value)) return [`${where}: expected an object, got ${JSON.stringify(value)}`];
    return Object.entries(fields).flatMap(([name, check]) => check(value[name], `${where}.${name}`));
  };
const oneOf =
  (allowed: readonly string[]): Check =>
  (value, where) =>
    typeof value === 'string' && allowed.includes(value) ? [] : [`${where}: expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`];
const matching =
  (pattern: RegExp): Check =>
  (value, where) =>
    typeof value === 'string' && pattern.test(value) ? [] : [`${where}: expected a string matching ${pattern}, got ${JSON.stringify(value)}`];

const title = object({ de: string, en: optional(string) });
const summaryShape = object({
  slug: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title,
  authors: arrayOf(string),
  languages: arrayOf(oneOf(['de', 'en'])),
  url: object({ de: matching(/^\/de\//), en: matching(/^\/en\//) }),
});
const listShape = object({ texts: arrayOf(summaryShape) });
const textShape = object({
  slug: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title,
  authors: arrayOf(string),
  languages: arrayOf(oneOf(['de', 'en'])),
  blocks: arrayOf(object({ id: matching(idPattern), kind: oneOf(kinds), text: object({ de: string, en: optional(string) }) })),
});

interface TextSummary {
  slug: string;
  title: { de: string; en?: string };
  authors: string[];
  languages: string[];
  url: { de: string; en: string };
}
interface TextJson {
  slug: string;
  title: { de: string; en?: string };
  authors: string[];
  languages: string[];
  blocks: { id: string; kind: Kind; text: Record<string, string | undefined> }[];
}

function listJson(): { texts: TextSummary[] } {
  const value = readJson('api/texts.json');
  const problems = listShape(value, 'texts.json');
  if (problems.length > 0) throw new Error(`out/api/texts.json does not have the documented shape:\n${problems.join('\n')}`);
  return value as { texts: TextSummary[] };
}

function textJson(slug: string): TextJson {
  const value = readJson(`api/texts/${slug}.json`);
  const problems = textShape(value, `${slug}.json`);
  if (problems.length > 0) throw new Error(`out/api/texts/${slug}.json does not have the documented shape:\n${problems.join('\n')}`);
  return value as TextJson;
}

/** Whitespace collapsed, and without the soft hyphens the reader puts into long German words (lib/render/soft-hyphens.ts). */
const normalise = (text: string) => text.replaceAll('\u00AD', '').replace(/\s+/g, ' ').trim();

/** The blocks of texts/<slug>/<lang>.md: each top-level paragraph, heading and list item ends with `{#id}`. */
function sourceBlocks(slug: string, lang: string): SourceBlock[] {
  const file = path.join(textsDir, slug, `${lang}.md`);
  const tree = fromMarkdown(readFileSync(file, 'utf8'));
  const blocks: SourceBlock[] = [];
  const add = (node: RootContent, kind: Kind) => {
    const raw = normalise(mdastToString(node));
    const marker = /\s*\{#([^}\s]+)\}$/.exec(raw);
    blocks.push({
      id: marker?.[1] ?? `(no id marker at texts/${slug}/${lang}.md:${node.position?.start.line})`,
      kind,
      text: marker ? raw.slice(0, marker.index) : raw,
      line: node.position?.start.line ?? 0,
    });
  };
  for (const node of tree.children) {
    if (node.type === 'heading') add(node, 'heading');
    else if (node.type === 'paragraph') add(node, 'paragraph');
    else if (node.type === 'list') for (const item of node.children) add(item, 'item');
  }
  return blocks;
}

function hasClass(element: Element, name: string): boolean {
  const className = element.properties.className;
  return Array.isArray(className) && className.includes(name);
}

/** The rows of an exported reader page: id, kind (from `row--<kind>`), and each cell's text as read. */
function pageRows(file: string): { id: string; kind: string | undefined; text: Record<string, string> }[] {
  const tree: HastRoot = fromHtml(readFileSync(file, 'utf8'));
  const rows: { id: string; kind: string | undefined; text: Record<string, string> }[] = [];
  visit(tree, 'element', (element: Element) => {
    if (!hasClass(element, 'row') || typeof element.properties.id !== 'string') return;
    const className = element.properties.className;
    const kind = Array.isArray(className)
      ? className
          .map(String)
          .find((name) => name.startsWith('row--'))
          ?.slice(5)
      : undefined;
    const text: Record<string, string> = {};
    for (const cell of element.children) {
      if (cell.type !== 'element' || !hasClass(cell, 'cell') || typeof cell.properties.lang !== 'string') continue;
      // What a reader reads: without the apparatus the edition adds (numbered note markers).
      const copy = structuredClone(cell);
      visit(copy, 'element', (node: Element, index, parent) => {
        if (parent && index !== undefined && hasClass(node, 'note-marker')) {
          parent.children.splice(index, 1);
          return index;
        }
        return undefined;
      });
      text[cell.properties.lang] = normalise(hastToString(copy));
    }
    rows.push({ id: element.properties.id, kind, text });
  });
  return rows;
}

function sourceSlugs(): string[] {
  return readdirSync(textsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(textsDir, entry.name, 'meta.yaml')))
    .map((entry) => entry.name)
    .sort();
}

describe('/api/texts.json', () => {
  test('has the documented shape', () => {
    expect(listJson().texts.length).toBeGreaterThan(0);
  });

  test('lists every text of texts/, once, with its metadata and working URLs', () => {
    const { texts } = listJson();
    expect(texts.map((text) => text.slug).sort(), 'texts.json lists other texts than texts/ holds').toEqual(sourceSlugs());
    const problems: string[] = [];
    for (const text of texts) {
      const meta: unknown = parseYaml(readFileSync(path.join(textsDir, text.slug, 'meta.yaml'), 'utf8'));
      if (!isRecord(meta)) throw new Error(`texts/${text.slug}/meta.yaml is not a mapping`);
      if (JSON.stringify(text.title) !== JSON.stringify(meta.title)) problems.push(`${text.slug}: title ${JSON.stringify(text.title)} ≠ meta.yaml ${JSON.stringify(meta.title)}`);
      if (JSON.stringify(text.languages) !== JSON.stringify(meta.languages))
        problems.push(`${text.slug}: languages ${JSON.stringify(text.languages)} ≠ meta.yaml ${JSON.stringify(meta.languages)}`);
      const authors = Array.isArray(meta.authors)
        ? meta.authors.map((author: unknown) =>
            isRecord(author) ? (typeof author.literal === 'string' ? author.literal : `${String(author.given)} ${String(author.family)}`) : String(author),
          )
        : [];
      if (JSON.stringify(text.authors) !== JSON.stringify(authors)) problems.push(`${text.slug}: authors ${JSON.stringify(text.authors)} ≠ meta.yaml ${JSON.stringify(authors)}`);
      for (const [lang, url] of Object.entries(text.url)) {
        if (url !== `/${lang}/texts/${text.slug}`) problems.push(`${text.slug}: url.${lang} is ${url}, expected /${lang}/texts/${text.slug}`);
        if (!existsSync(path.join(out, `${url}.html`))) problems.push(`${text.slug}: url.${lang} ${url} has no page in out/`);
      }
      const detail = textJson(text.slug);
      for (const field of ['slug', 'title', 'authors', 'languages'] as const) {
        if (JSON.stringify(detail[field]) !== JSON.stringify(text[field])) problems.push(`${text.slug}: ${field} differs between texts.json and texts/${text.slug}.json`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('publishes no text file it does not list', () => {
    const listed = listJson().texts.map((text) => `${text.slug}.json`);
    const files = readdirSync(path.join(out, 'api', 'texts')).filter((file) => file.endsWith('.json'));
    expect(files.sort()).toEqual(listed.sort());
  });
});

describe.each(sourceSlugs())('/api/texts/%s.json', (slug) => {
  test('has the documented shape, ids unique, every declared language in every block', () => {
    const text = textJson(slug);
    expect(text.slug).toBe(slug);
    const ids = text.blocks.map((block) => block.id);
    expect(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      'duplicate block ids',
    ).toEqual([]);
    const missing = text.blocks.flatMap((block) => text.languages.filter((lang) => typeof block.text[lang] !== 'string').map((lang) => `${block.id}: no text.${lang}`));
    expect(missing, missing.join('\n')).toEqual([]);
  });

  test('blocks match the Markdown sources: ids, order, kinds and plain text', () => {
    const text = textJson(slug);
    const problems: string[] = [];
    for (const lang of text.languages) {
      const source = sourceBlocks(slug, lang);
      const where = `texts/${slug}/${lang}.md`;
      const sourceIds = source.map((block) => block.id);
      const jsonIds = text.blocks.map((block) => block.id);
      if (JSON.stringify(sourceIds) !== JSON.stringify(jsonIds)) {
        problems.push(`${where}: the blocks are not those of the JSON, in order:\n  source ${sourceIds.join(' ')}\n  json   ${jsonIds.join(' ')}`);
        continue;
      }
      source.forEach((block, index) => {
        const published = text.blocks[index];
        if (!published) return;
        if (published.kind !== block.kind) problems.push(`${where}:${block.line}: ${block.id} is a ${block.kind} in the source, a ${published.kind} in the JSON`);
        const json = published.text[lang] ?? '';
        if (normalise(json) !== block.text) problems.push(`${where}:${block.line}: ${block.id} text.${lang} differs from the source\n  source «${block.text}»\n  json   «${json}»`);
        if (/\{#|\]\(|\*\*|^#{1,6}\s|^[-*+]\s/.test(json)) problems.push(`${where}:${block.line}: ${block.id} text.${lang} has Markdown left in it: «${json}»`);
      });
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('blocks match the exported reader pages, row by row, in every interface language', () => {
    const text = textJson(slug);
    const problems: string[] = [];
    for (const locale of ['de', 'en']) {
      const file = path.join(out, locale, 'texts', `${slug}.html`);
      if (!existsSync(file)) {
        problems.push(`out/${locale}/texts/${slug}.html is missing`);
        continue;
      }
      const rows = pageRows(file);
      const rowIds = rows.map((row) => row.id);
      const jsonIds = text.blocks.map((block) => block.id);
      if (JSON.stringify(rowIds) !== JSON.stringify(jsonIds)) {
        problems.push(`/${locale}/texts/${slug}: the rows are not the JSON's blocks, in order:\n  page ${rowIds.join(' ')}\n  json ${jsonIds.join(' ')}`);
        continue;
      }
      rows.forEach((row, index) => {
        const block = text.blocks[index];
        if (!block) return;
        if (row.kind !== block.kind) problems.push(`/${locale}/texts/${slug}#${row.id}: a row--${row.kind} on the page, a ${block.kind} in the JSON`);
        for (const lang of text.languages) {
          const json = normalise(block.text[lang] ?? '');
          if (row.text[lang] !== json) problems.push(`/${locale}/texts/${slug}#${row.id} [lang=${lang}]: the page reads «${row.text[lang] ?? '(no cell)'}», the JSON «${json}»`);
        }
      });
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
