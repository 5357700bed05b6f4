/** What the export's files weigh: on the wire (precompressed), inline scripts, and the bare-HTML baseline of a page. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { baselineHtml as bareHtml, type BaselineText } from '../bench-baseline';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** The file sirv serves for a URL path (`/de` → de.html, `/x.js` → x.js). */
export function fileFor(out: string, pathname: string): string | undefined {
  const uri = decodeURI(pathname).replace(/\/$/, '');
  const candidates = [uri, `${uri}/index`, `${uri}.html`, `${uri}/index.html`].filter(Boolean);
  return candidates.map((candidate) => path.join(out, candidate)).find((file) => existsSync(file) && statSync(file).isFile());
}

export const brotli = (content: Buffer | string) => brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const gzip = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;

/** Bytes on the wire with the given encoding: the precompressed file if the server has one, else the file. */
export function wireSize(file: string, encoding: 'br' | 'gzip'): number {
  const precompressed = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  if (existsSync(precompressed)) return readFileSync(precompressed).length;
  return readFileSync(file).length;
}

export function readerPages(out: string): string[] {
  const pages: string[] = [];
  for (const locale of ['de', 'en']) {
    const directory = path.join(out, locale, 'texts');
    if (!existsSync(directory)) continue;
    for (const file of readdirSync(directory)
      .filter((name) => name.endsWith('.html'))
      .sort())
      pages.push(`/${locale}/texts/${file.replace(/\.html$/, '')}`);
  }
  return pages;
}

export interface InlineScript {
  bytes: number;
  gzip: number;
}

export function inlineScripts(html: string): InlineScript[] {
  const tree: Root = fromHtml(html);
  const scripts: InlineScript[] = [];
  visit(tree, 'element', (element: Element) => {
    if (element.tagName !== 'script' || element.properties.src !== undefined) return;
    const type = String(element.properties.type ?? '').toLowerCase();
    if (type !== '' && type !== 'module' && !type.includes('javascript')) return;
    const text = toString(element);
    scripts.push({ bytes: Buffer.byteLength(text), gzip: gzip(text) });
  });
  return scripts;
}

/** Where the bare-HTML baseline of a page is written, in the served copy of out/ (before the server starts). */
export function baselineName(locale: string, slug: string): string {
  return `bench-baseline-${locale}-${slug}`;
}

/** The same blocks as minimal static HTML (scripts/bench-baseline.ts): what the text itself weighs. */
export function baselineHtml(out: string, slug: string, locale: string): string {
  const text = JSON.parse(readFileSync(path.join(out, 'api', 'texts', `${slug}.json`), 'utf8')) as BaselineText;
  return bareHtml(text, slug, locale);
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
