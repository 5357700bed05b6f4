/**
 * The reader's own annotations: what one highlight or note records, and its form as a W3C Web
 * Annotation (https://www.w3.org/TR/annotation-model/) for export and import. Kept free of the DOM
 * and of storage, so that anchoring, export and import are tested on plain data.
 */
import * as z from 'zod/mini';
import { slugSource } from '@/contract/ids';

export const highlightColours = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColour = (typeof highlightColours)[number];

/** The colours as CSS, so that a tool that reads the export shows them too (the model's `styleClass`). */
const colourValues: Record<HighlightColour, string> = { yellow: '#fff0a0', green: '#c8efc0', blue: '#c6e2ff', pink: '#ffd0e4' };
export const highlightStylesheet = {
  type: 'CssStylesheet' as const,
  value: highlightColours.map((colour) => `.highlight-${colour} { background-color: ${colourValues[colour]}; }`).join(' '),
};

export interface ReaderAnnotation {
  /** `urn:uuid:…`: stable across export and import, so that importing twice adds nothing. */
  id: string;
  created: string;
  modified: string;
  /** The text's slug, the version (language) and the block the words are in. */
  text: string;
  lang: string;
  block: string;
  /** W3C TextQuoteSelector within the block: the words and about 32 characters on each side (anchor.ts `describeWords`). */
  quote: { exact: string; prefix: string; suffix: string };
  /** W3C TextPositionSelector within the block's plain text. */
  position: { start: number; end: number };
  colour: HighlightColour;
  /** Plain text, no Markdown. */
  note: string;
  tags: string[];
}

const context = 'http://www.w3.org/ns/anno.jsonld';
const fragmentSpec = 'http://tools.ietf.org/rfc/rfc3986' as const;

/** Where exported targets point: the edition's canonical origin when the page knows it, else the page's own. */
export function targetOrigin(data: { origin?: string }, pageOrigin: string): string {
  return data.origin ?? pageOrigin;
}

/** The reader page of a text version: the target's source, with the edition's address. */
export function versionIri(origin: string, text: string, lang: string): string {
  return new URL(`/${lang}/texts/${text}`, origin).href;
}

export interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: ({ type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'commenting' | 'tagging' } | { type: 'TextualBody'; value: string; purpose: 'tagging' })[];
  stylesheet: typeof highlightStylesheet;
  target: {
    type: 'SpecificResource';
    source: string;
    styleClass: string;
    selector: {
      type: 'FragmentSelector';
      conformsTo: typeof fragmentSpec;
      value: string;
      refinedBy: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string } | { type: 'TextPositionSelector'; start: number; end: number };
    }[];
  };
}

export function toWebAnnotation(annotation: ReaderAnnotation, origin: string): WebAnnotation {
  const body: NonNullable<WebAnnotation['body']> = [
    ...(annotation.note ? [{ type: 'TextualBody' as const, value: annotation.note, format: 'text/plain' as const, purpose: 'commenting' as const }] : []),
    ...annotation.tags.map((tag) => ({ type: 'TextualBody' as const, value: tag, purpose: 'tagging' as const })),
  ];
  const fragment = { type: 'FragmentSelector' as const, conformsTo: fragmentSpec, value: annotation.block };
  return {
    id: annotation.id,
    type: 'Annotation',
    motivation: annotation.note ? 'commenting' : 'highlighting',
    created: annotation.created,
    modified: annotation.modified,
    ...(body.length > 0 ? { body } : {}),
    stylesheet: highlightStylesheet,
    target: {
      type: 'SpecificResource',
      source: versionIri(origin, annotation.text, annotation.lang),
      styleClass: `highlight-${annotation.colour}`,
      selector: [
        { ...fragment, refinedBy: { type: 'TextQuoteSelector', ...annotation.quote } },
        { ...fragment, refinedBy: { type: 'TextPositionSelector', ...annotation.position } },
      ],
    },
  };
}

export interface AnnotationCollection {
  '@context': typeof context;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** Everything a reader exports, as one collection with one embedded page. */
export function toAnnotationCollection(annotations: readonly ReaderAnnotation[], options: { origin: string; label: string; now: Date; id: string }): AnnotationCollection {
  return {
    '@context': context,
    id: options.id,
    type: 'AnnotationCollection',
    label: options.label,
    total: annotations.length,
    generated: options.now.toISOString(),
    first: { id: `${options.id}#page-1`, type: 'AnnotationPage', startIndex: 0, items: annotations.map((annotation) => toWebAnnotation(annotation, options.origin)) },
  };
}

// What import accepts: the shape this edition exports (other tools' annotations on its pages too,
// as long as they carry a block fragment and a quote). Anything else is refused with the reason.
const quoteSelector = z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().check(z.minLength(1)), prefix: z.optional(z.string()), suffix: z.optional(z.string()) });
const positionSelector = z.object({ type: z.literal('TextPositionSelector'), start: z.number().check(z.int(), z.minimum(0)), end: z.number().check(z.int(), z.minimum(0)) });
const blockSelector = z.object({
  type: z.literal('FragmentSelector'),
  value: z.string().check(z.regex(/^[a-z]\d+[a-z]?$/)),
  refinedBy: z.union([quoteSelector, positionSelector]),
});
const importedAnnotation = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.literal('Annotation'),
  created: z.optional(z.string()),
  modified: z.optional(z.string()),
  body: z.optional(z.array(z.object({ type: z.literal('TextualBody'), value: z.string(), purpose: z.optional(z.string()) }))),
  target: z.object({ source: z.string(), styleClass: z.optional(z.string()), selector: z.array(blockSelector).check(z.minLength(1)) }),
});
const importedDocument = z.union([
  z.object({ type: z.literal('AnnotationCollection'), first: z.object({ items: z.array(z.unknown()) }) }),
  z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) }),
  z.array(z.unknown()),
]);

export class ImportError extends Error {
  override name = 'ImportError';
}

const versionPath = new RegExp(`^/(?<lang>[a-z]{2})/texts/(?<text>${slugSource})$`);

function fromWebAnnotation(value: unknown, index: number): ReaderAnnotation {
  const parsed = importedAnnotation.safeParse(value);
  if (!parsed.success) throw new ImportError(`annotation ${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const annotation = parsed.data;
  const where = versionPath.exec(new URL(annotation.target.source, 'http://edition.invalid').pathname)?.groups;
  if (!where?.text || !where.lang) throw new ImportError(`annotation ${index + 1}: its target ${annotation.target.source} is not a text of this edition`);
  const selectors = annotation.target.selector;
  const quote = selectors.map((selector) => selector.refinedBy).find((selector) => selector.type === 'TextQuoteSelector');
  const position = selectors.map((selector) => selector.refinedBy).find((selector) => selector.type === 'TextPositionSelector');
  if (!quote) throw new ImportError(`annotation ${index + 1}: it has no TextQuoteSelector, so its words cannot be found again`);
  const colour = highlightColours.find((candidate) => annotation.target.styleClass === `highlight-${candidate}`) ?? 'yellow';
  const bodies = annotation.body ?? [];
  const now = new Date(0).toISOString();
  return {
    id: annotation.id,
    created: annotation.created ?? annotation.modified ?? now,
    modified: annotation.modified ?? annotation.created ?? now,
    text: where.text,
    lang: where.lang,
    block: selectors[0]!.value,
    quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    position: position ? { start: position.start, end: position.end } : { start: 0, end: 0 },
    colour,
    note: bodies
      .filter((body) => body.purpose !== 'tagging')
      .map((body) => body.value)
      .join('\n\n'),
    tags: bodies.filter((body) => body.purpose === 'tagging').map((body) => body.value),
  };
}

/** Reads an exported collection (or page, or array) back; throws ImportError saying what is wrong. */
export function parseAnnotationExport(json: unknown): ReaderAnnotation[] {
  const parsed = importedDocument.safeParse(json);
  if (!parsed.success) throw new ImportError('not a W3C Web Annotation collection, page or list of annotations');
  const document = parsed.data;
  const items = Array.isArray(document) ? document : document.type === 'AnnotationCollection' ? document.first.items : document.items;
  return items.map(fromWebAnnotation);
}

/**
 * Imported annotations merged into the stored ones: an id already stored is kept in its newer
 * version (by `modified`), never doubled; new ids are added.
 */
export function mergeAnnotations(stored: readonly ReaderAnnotation[], imported: readonly ReaderAnnotation[]): { merged: ReaderAnnotation[]; added: number; updated: number } {
  const byId = new Map(stored.map((annotation) => [annotation.id, annotation]));
  let added = 0;
  let updated = 0;
  for (const annotation of imported) {
    const existing = byId.get(annotation.id);
    if (!existing) added += 1;
    else if (existing.modified < annotation.modified) updated += 1;
    else continue;
    byId.set(annotation.id, annotation);
  }
  return { merged: [...byId.values()], added, updated };
}
