/**
 * The annotated hast of the reader, made fit for an e-book: a note's numbered marker becomes a
 * `noteref` link to its endnote (with an id the endnote links back to), a glossary mark a `glossref`
 * link to the glossary appendix, a note's quoted words plain text; the site's own links become absolute.
 */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { parseFragment } from '@/contract/reference';

export interface EpubLinkOptions {
  lang: string;
  notesFile: string;
  glossaryFile: string;
  /** Where a link of the site points from inside the book; undefined keeps the words without a link. */
  resolveHref: (href: string) => string | undefined;
  /** The accessible name of a note marker: `Note 3`, not just `3`. */
  noteLabel: (number: string) => string;
}

export const epubIds = {
  noteref: (lang: string, note: string) => `ref-${lang}-${note}`,
  note: (note: string) => `note-${note}`,
  entry: (entry: string) => `entry-${entry}`,
  block: (lang: string, id: string) => (lang === 'de' ? id : `${lang}-${id}`),
};

/**
 * A link of the site to a block of the book's own text (`/en/texts/<slug>#p5`, as note bodies have them)
 * stays inside the book: `text.xhtml#p5`. Other links are left to `resolveHref`.
 */
export function inBookHref(href: string, slug: string, textFile: string): string | undefined {
  const match = /^\/[a-z]{2}\/texts\/([a-z0-9-]+)#(.+)$/.exec(href);
  const range = match?.[2] ? parseFragment(match[2]) : undefined;
  return match?.[1] === slug && range ? `${textFile}#${epubIds.block('de', range.from)}` : undefined;
}

function convert(node: Element, options: EpubLinkOptions): ElementContent[] {
  const children = toEpubContent(node.children, options);
  const { dataTerm, dataNote, dataNoteMarker, href } = node.properties;
  if (typeof dataNoteMarker === 'string') {
    return [
      h('sup', [
        h(
          'a',
          {
            href: `${options.notesFile}#${epubIds.note(dataNoteMarker)}`,
            id: epubIds.noteref(options.lang, dataNoteMarker),
            'epub:type': 'noteref',
            role: 'doc-noteref',
            'aria-label': options.noteLabel(toString(node)),
          },
          children,
        ),
      ]),
    ];
  }
  if (typeof dataTerm === 'string') return [h('a', { href: `${options.glossaryFile}#${epubIds.entry(dataTerm)}`, class: 'term', 'epub:type': 'glossref' }, children)];
  if (typeof dataNote === 'string') return [h('span', { class: 'noted' }, children)];
  if (node.tagName === 'a' && typeof href === 'string') {
    const target = options.resolveHref(href);
    return target ? [h('a', { href: target }, children)] : children;
  }
  if (['em', 'strong', 'i', 'b', 'code', 'sup', 'sub', 'span', 'p', 'li', 'ul', 'ol'].includes(node.tagName)) return [h(node.tagName, children)];
  return children;
}

export function toEpubContent(nodes: readonly ElementContent[], options: EpubLinkOptions): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return [{ type: 'text', value: node.value }];
    if (node.type === 'element') return convert(node, options);
    return [];
  });
}
