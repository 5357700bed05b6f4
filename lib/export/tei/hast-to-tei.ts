/**
 * The inline content of the edition's annotated hast (a block's children, or the paragraphs of a note
 * or gloss) as TEI: emphasis as `<hi>`, links as `<ref>`, a note's quoted words as `<seg>` (the target
 * of its `<note>`), every glossary mark as `<persName>`, `<placeName>`, `<orgName>` or `<term>` with
 * `@ref` to its entry. The numbered note markers of the reader are left out: the `<note>` points at
 * the words itself.
 */
import type { Element as HastElement, ElementContent as HastContent, RootContent as HastRootContent } from 'hast';
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import type { TermKind } from '../../content/schema';
import { teiIds } from './ids';

export interface HastToTeiOptions {
  /** The language of the content; ids of note quotes are prefixed with it. */
  lang: string;
  /** The glossary kind of each entry, by id. */
  kinds: ReadonlyMap<string, TermKind>;
  /** Turns a link of the site (`/de/texts/…#p16`) into an address that works outside it. */
  resolveHref: (href: string) => string;
}

/** The TEI name element for each glossary kind; kinds without one of their own are `<term>`. */
export const teiNameElement: Record<TermKind, string> = {
  person: 'persName',
  place: 'placeName',
  organisation: 'orgName',
  company: 'orgName',
  event: 'term',
  currency: 'term',
  term: 'term',
  publication: 'term',
};

function convertElement(node: HastElement, options: HastToTeiOptions): ElementContent[] {
  const children = hastToTei(node.children, options);
  const { dataTerm, dataNote, dataNoteMarker, href } = node.properties;
  if (dataNoteMarker !== undefined) return [];
  if (typeof dataTerm === 'string') {
    const kind = options.kinds.get(dataTerm) ?? 'term';
    return [x(teiNameElement[kind], { ref: `#${teiIds.entry(dataTerm)}` }, children)];
  }
  if (typeof dataNote === 'string') return [x('seg', { 'xml:id': teiIds.quote(options.lang, dataNote), type: 'noteQuote' }, children)];
  switch (node.tagName) {
    case 'em':
    case 'i':
      return [x('hi', { rend: 'italic' }, children)];
    case 'strong':
    case 'b':
      return [x('hi', { rend: 'bold' }, children)];
    case 'code':
      return [x('code', children)];
    case 'a':
      return typeof href === 'string' ? [x('ref', { target: options.resolveHref(href) }, children)] : children;
    default:
      return children;
  }
}

export function hastToTei(nodes: readonly HastContent[], options: HastToTeiOptions): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return [{ type: 'text', value: node.value }];
    if (node.type === 'element') return convertElement(node, options);
    return [];
  });
}

/** Paragraph-level prose (note bodies, glosses, edition notes) as `<p>`s; a list becomes a `<list>` inside a `<p>`. */
export function proseToTeiParagraphs(nodes: readonly HastRootContent[], options: HastToTeiOptions): Element[] {
  return nodes.flatMap((node): Element[] => {
    if (node.type !== 'element') return [];
    if (node.tagName === 'ul' || node.tagName === 'ol') {
      const items = node.children.flatMap((item) => (item.type === 'element' && item.tagName === 'li' ? [x('item', hastToTei(unwrapParagraphs(item.children), options))] : []));
      return [x('p', { 'xml:lang': options.lang }, [x('list', { rend: node.tagName === 'ol' ? 'numbered' : 'bulleted' }, items)])];
    }
    return [x('p', { 'xml:lang': options.lang }, hastToTei(unwrapParagraphs(node.children), options))];
  });
}

function unwrapParagraphs(nodes: readonly HastContent[]): HastContent[] {
  return nodes.flatMap((node) => (node.type === 'element' && node.tagName === 'p' ? node.children : [node]));
}
