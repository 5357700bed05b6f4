/** The EPUB navigation document: the table of contents (title page, the text's sections, notes, glossary) and the landmarks. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ExportLabels } from '../labels';
import { epubFiles, type TocEntry } from './chapters';
import { epubIds } from './links';

/** Nested `<ol>`s from the sections' depths: a deeper heading belongs to the one above it. */
function tocList(entries: readonly TocEntry[]): ElementContent | undefined {
  if (entries.length === 0) return undefined;
  const top = Math.min(...entries.map((entry) => entry.depth));
  const items: ElementContent[] = [];
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (!entry || entry.depth !== top) continue;
    let end = index + 1;
    while (end < entries.length && (entries[end]?.depth ?? top) > top) end += 1;
    const children = tocList(entries.slice(index + 1, end));
    items.push(h('li', [h('a', { href: `${epubFiles.text}#${epubIds.block('de', entry.id)}` }, entry.label), ...(children ? [children] : [])]));
  }
  return h('ol', items);
}

export function navBody(toc: readonly TocEntry[], labels: ExportLabels, textTitle: string): ElementContent[] {
  const sections = tocList(toc);
  return [
    h('nav', { 'epub:type': 'toc', role: 'doc-toc', 'aria-labelledby': 'toc-title' }, [
      h('h1', { id: 'toc-title' }, labels.contents),
      h('ol', [
        h('li', [h('a', { href: epubFiles.title }, labels.titlePage)]),
        h('li', [h('a', { href: epubFiles.text }, textTitle), ...(sections ? [sections] : [])]),
        h('li', [h('a', { href: epubFiles.notes }, labels.notes)]),
        h('li', [h('a', { href: epubFiles.glossary }, labels.glossary)]),
      ]),
    ]),
    h('nav', { 'epub:type': 'landmarks', hidden: true }, [
      h('ol', [
        h('li', [h('a', { 'epub:type': 'bodymatter', href: epubFiles.text }, labels.text)]),
        h('li', [h('a', { 'epub:type': 'endnotes', href: epubFiles.notes }, labels.notes)]),
        h('li', [h('a', { 'epub:type': 'glossary', href: epubFiles.glossary }, labels.glossary)]),
      ]),
    ]),
  ];
}
