/**
 * The editors' notes and glossary marks of one text version as a W3C Web Annotation `AnnotationPage`
 * (https://www.w3.org/TR/annotation-model/), so that annotation tools can read them. Published under
 * `/api/annotations/<slug>.<lang>.jsonld`; fields follow the model, and like all of `/api/` they are
 * only ever added to.
 *
 * Every target is the reader page of the version (`/de/texts/<slug>` for the German version), narrowed
 * to the block by a `FragmentSelector` (the block id, the same anchor a reader cites) and refined to
 * the words by a `TextQuoteSelector` (exact, prefix, suffix) and, as an alternative, a
 * `TextPositionSelector`. Positions count characters of the block's plain text as the text JSON gives
 * it (`blocks[].text`), not of the page's DOM, which adds note numbers.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Locale } from '@/i18n/routing';
import { annotateText, quoteText, type NumberedNote } from '../annotations/annotate-text';
import type { Edition, Language, Text } from '../content/model';
import type { Quote } from '../content/schema';
import { proseToHast } from '../markdown/prose-to-hast';
import { entryHref, paths } from '@/contract/routes';
import { languages } from '@/contract/languages';

export const annotationContext = 'http://www.w3.org/ns/anno.jsonld';
/** What `/api/annotations/` files are served as (the Web Annotation Protocol's profile). */
export const annotationMediaType = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/html' | 'text/plain';
  language: Language;
  purpose?: 'commenting' | 'describing' | 'tagging';
}

/** The glossary entry's page; a purpose belongs on a SpecificResource, not on the page itself. */
interface LinkBody {
  type: 'SpecificResource';
  purpose: 'identifying';
  source: { id: string; type: 'Text'; format: 'text/html'; language: Language };
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

interface BlockSelector {
  type: 'FragmentSelector';
  conformsTo: 'http://tools.ietf.org/rfc/rfc3986';
  value: string;
  refinedBy: TextQuoteSelector | TextPositionSelector;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'identifying';
  creator: { type: 'Organization'; name: string };
  body: (TextualBody | LinkBody)[];
  target: {
    type: 'SpecificResource';
    source: { id: string; type: 'Text'; format: 'text/html'; language: Language };
    selector: BlockSelector[];
  };
}

export interface WebAnnotationPage {
  '@context': typeof annotationContext;
  id: string;
  type: 'AnnotationPage';
  label: string;
  partOf: { id: string; type: 'AnnotationCollection'; label: string; total: number };
  startIndex: 0;
  items: WebAnnotation[];
}

export interface WebAnnotationCollection {
  '@context': typeof annotationContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: string;
  last: string;
}

/** Characters of context kept on each side of a quote, as Hypothesis and Apache Annotator do. */
const contextLength = 32;

/**
 * Where the `occurrence`-th match of `quote` starts in `text` (1-based), or -1. Notes give their
 * quotes as plain substrings; glossary forms must match as whole words, like the term marker does.
 */
export function locate(text: string, quote: string, occurrence = 1, pattern?: RegExp): number {
  let index = -1;
  if (pattern) {
    pattern.lastIndex = 0;
    for (let seen = 0; seen < occurrence; seen += 1) {
      const match = pattern.exec(text);
      if (!match) return -1;
      index = match.index;
    }
    return index;
  }
  for (let seen = 0; seen < occurrence; seen += 1) {
    index = text.indexOf(quote, index + 1);
    if (index === -1) return -1;
  }
  return index;
}

/** The W3C selectors of the words at `start` in a block's plain text. */
export function quoteSelectors(text: string, start: number, exact: string): [TextQuoteSelector, TextPositionSelector] {
  const end = start + exact.length;
  return [
    { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - contextLength), start), suffix: text.slice(end, end + contextLength) },
    { type: 'TextPositionSelector', start, end },
  ];
}

export interface AnnotationAddress {
  /** The edition's public address; without it every IRI is site-relative (see README, “JSON API”). */
  base?: URL;
}

export function annotationsPath(slug: string, lang: Language): string {
  return `/api/annotations/${slug}.${lang}.jsonld`;
}

export function annotationCollectionPath(slug: string, lang: Language): string {
  return `/api/annotations/${slug}.${lang}.collection.jsonld`;
}

function iri(path: string, address: AnnotationAddress): string {
  return address.base ? new URL(path, address.base).href : path;
}

/** Note bodies as sanitised HTML, their links absolute when the edition's address is known. */
function bodyHtml(markdown: string, lang: Language, address: AnnotationAddress): string {
  const tree: Root = proseToHast(markdown, lang as Locale);
  visit(tree, 'element', (node: Element) => {
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/')) node.properties.href = iri(href, address);
  });
  return toHtml(tree);
}

function blockSelectors(block: string, selectors: readonly (TextQuoteSelector | TextPositionSelector)[]): BlockSelector[] {
  return selectors.map((refinedBy) => ({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: block, refinedBy }));
}

function occurrenceOf(quote: Quote): number {
  return typeof quote === 'string' ? 1 : quote.occurrence;
}

export class AnnotationAnchorError extends Error {
  override name = 'AnnotationAnchorError';
}

/**
 * The editors' notes and every glossary occurrence of one version, in reading order. Throws when a
 * quote cannot be found: `npm run check` refuses such notes first, so this only fires on a bug.
 */
export function editorAnnotationPage(text: Text, edition: Pick<Edition, 'glossary' | 'meta'>, lang: Language, address: AnnotationAddress = {}): WebAnnotationPage {
  const { glossary } = edition;
  const annotated = annotateText(text, glossary);
  const version = annotated.versions.find((candidate) => candidate.version.lang === lang);
  if (!version) throw new AnnotationAnchorError(`${text.slug} has no ${lang} version`);
  const blocks = new Map(version.version.blocks.map((block) => [block.id, block.text]));
  const pageId = iri(annotationsPath(text.slug, lang), address);
  const source = { id: iri(paths.text(lang as Locale, text.slug), address), type: 'Text' as const, format: 'text/html' as const, language: lang };
  const creator = { type: 'Organization' as const, name: edition.meta.editors[lang] };
  const target = (block: string, start: number, exact: string): WebAnnotation['target'] => ({
    type: 'SpecificResource',
    source,
    selector: blockSelectors(block, quoteSelectors(blocks.get(block) ?? '', start, exact)),
  });

  const notes = annotated.notes.map((note: NumberedNote): WebAnnotation => {
    const quote = note.quote[lang];
    const exact = quoteText(quote);
    const start = locate(blocks.get(note.block) ?? '', exact, occurrenceOf(quote));
    if (start === -1) throw new AnnotationAnchorError(`note ${note.id}: “${exact}” not found in ${text.slug}#${note.block} (${lang})`);
    return {
      id: `${pageId}#note-${note.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      creator,
      body: languages.map((bodyLang) => ({
        type: 'TextualBody',
        value: bodyHtml(note.body[bodyLang], bodyLang, address),
        format: 'text/html',
        language: bodyLang,
        purpose: 'commenting',
      })),
      target: target(note.block, start, exact),
    };
  });

  const entries = new Map(glossary.map((entry) => [entry.id, entry]));
  const terms = version.terms.map((term, index): WebAnnotation => {
    // Where the marking found the form (rehype-mark-terms.ts), not found again by another search.
    const start = blocks.get(term.block)?.startsWith(term.form, term.start) ? term.start : -1;
    if (start === -1) throw new AnnotationAnchorError(`term ${term.entry}: “${term.form}” not found in ${text.slug}#${term.block} (${lang})`);
    const entry = entries.get(term.entry);
    return {
      id: `${pageId}#term-${index + 1}`,
      type: 'Annotation',
      motivation: 'identifying',
      creator,
      body: [
        { type: 'SpecificResource', purpose: 'identifying', source: { id: iri(entryHref(lang, term.entry), address), type: 'Text', format: 'text/html', language: lang } },
        ...(entry
          ? languages.map((bodyLang): TextualBody => ({
              type: 'TextualBody',
              value: bodyHtml(entry.gloss[bodyLang], bodyLang, address),
              format: 'text/html',
              language: bodyLang,
              purpose: 'describing',
            }))
          : []),
      ],
      target: target(term.block, start, term.form),
    };
  });

  const items = [...notes, ...terms];
  const label = `${text.meta.title[lang] ?? text.meta.title.de} (${lang})`;
  return {
    '@context': annotationContext,
    id: pageId,
    type: 'AnnotationPage',
    label,
    partOf: { id: iri(annotationCollectionPath(text.slug, lang), address), type: 'AnnotationCollection', label, total: items.length },
    startIndex: 0,
    items,
  };
}

/** The collection a page belongs to: one page holds all of a version's annotations. */
export function editorAnnotationCollection(page: WebAnnotationPage): WebAnnotationCollection {
  return { '@context': annotationContext, id: page.partOf.id, type: 'AnnotationCollection', label: page.partOf.label, total: page.partOf.total, first: page.id, last: page.id };
}
