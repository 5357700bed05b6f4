/**
 * The public JSON interface under /api/. Outside tools read it: fields may be added, never renamed
 * or removed. The README documents the schema.
 */
import { annotateText, quoteText } from '../annotations/annotate-text';
import type { GlossaryEntry } from '../content/schema';
import type { Language, Text } from '../content/model';
import { textExports, type ExportFile } from '../export/catalogue';
import { annotationsPath } from './web-annotations';
import { displayName } from '../format';

export interface TextSummaryJson {
  slug: string;
  title: { de: string; en?: string };
  authors: string[];
  languages: string[];
  url: { de: string; en: string };
  /** The editors' notes and glossary marks of each version as W3C Web Annotations (an AnnotationPage). */
  annotations: Partial<Record<Language, string>>;
  /** The text's downloads (TEI, EPUB, plain text, Markdown), written by scripts/build-exports.ts. */
  exports: ExportFile[];
}

export interface TextJson {
  slug: string;
  title: { de: string; en?: string };
  authors: string[];
  languages: string[];
  blocks: { id: string; kind: string; text: { de: string; en?: string } }[];
  /** Every released block id, and where removed ones went: old anchors keep resolving. */
  anchors: { released: string[]; redirects: Record<string, string[]> };
  notes: {
    id: string;
    number: number;
    block: string;
    kind: string;
    quote: { de: string; en: string };
    body: { de: string; en: string };
    /** Added since: `verified` (always), `checked` and `remark` (when the editors recorded them). */
    sources: { title: string; author?: string; publisher?: string; date?: string; url?: string; verified: boolean; checked?: string; remark?: string }[];
  }[];
  /** The editors' notes and glossary marks of each version as W3C Web Annotations (an AnnotationPage). */
  annotations: Partial<Record<Language, string>>;
}

function annotationLinks(text: Text): Partial<Record<Language, string>> {
  return Object.fromEntries(text.versions.map(({ lang }) => [lang, annotationsPath(text.slug, lang)]));
}

function title(text: Text): TextJson['title'] {
  return text.meta.title.en ? { de: text.meta.title.de, en: text.meta.title.en } : { de: text.meta.title.de };
}

export function textSummaryJson(text: Text, urls: { de: string; en: string }): TextSummaryJson {
  return {
    slug: text.slug,
    title: title(text),
    authors: text.meta.authors.map(displayName),
    languages: [...text.meta.languages],
    url: urls,
    annotations: annotationLinks(text),
    exports: textExports(text),
  };
}

export function textJson(text: Text, glossary: readonly GlossaryEntry[]): TextJson {
  const byLanguage = text.versions.map((version) => ({ lang: version.lang, blocks: new Map(version.blocks.map((block) => [block.id, block])) }));
  return {
    slug: text.slug,
    title: title(text),
    authors: text.meta.authors.map(displayName),
    languages: [...text.meta.languages],
    blocks: (text.versions[0]?.blocks ?? []).map((block) => {
      const translations = Object.fromEntries(
        byLanguage.flatMap(({ lang, blocks }) => {
          const counterpart = blocks.get(block.id);
          return counterpart ? [[lang, counterpart.text]] : [];
        }),
      );
      return { id: block.id, kind: block.kind, text: { de: block.text, ...translations } };
    }),
    anchors: { released: [...text.anchors.released], redirects: text.anchors.redirects },
    notes: annotateText(text, glossary).notes.map((note) => ({
      id: note.id,
      number: note.number,
      block: note.block,
      kind: note.kind,
      quote: { de: quoteText(note.quote.de), en: quoteText(note.quote.en) },
      body: note.body,
      sources: note.sources,
    })),
    annotations: annotationLinks(text),
  };
}
