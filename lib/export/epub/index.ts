/**
 * One EPUB 3 per text and interface language: title page, the text with both versions interleaved,
 * endnotes with back links, the glossary appendix, the navigation document, the stylesheet and the
 * font files the book needs.
 */
import type { Root } from 'hast';
import type { AnnotatedText } from '../../annotations/annotate-text';
import type { Language } from '../../content/model';
import type { EditionMeta, GlossaryEntry } from '../../content/schema';
import type { ExportLabels } from '../labels';
import type { PlainTextHead } from '../plain-text';
import { translationChain } from '../translation-chain';
import { epubFiles, glossaryChapter, notesChapter, textChapter, titleChapter, type ChapterOptions } from './chapters';
import { fontFaceCss, fontsFor, type FontFile } from './fonts';
import { inBookHref } from './links';
import { navBody } from './nav';
import { containerXml, packageXml, type ManifestItem } from './package';
import { epubCss } from './style';
import { xhtmlDocument } from './xhtml';
import { zipEpub, type EpubEntry } from './zip';

export interface EpubOptions {
  lang: Language;
  labels: ExportLabels;
  edition: EditionMeta;
  glossary: readonly GlossaryEntry[];
  head: PlainTextHead;
  /** The book's unique identifier (its address). */
  identifier: string;
  fonts: readonly FontFile[];
  prose: (markdown: string, lang: Language) => Root;
  /** Where a link of the site points from inside the book; undefined keeps the words without a link. */
  resolveHref: (href: string) => string | undefined;
  built: Date;
}

const folder = 'EPUB';
const xhtmlType = 'application/xhtml+xml';

export interface EpubBook {
  /** Every file of the book but `mimetype`, by path in the container. */
  entries: EpubEntry[];
  bytes: Uint8Array;
}

export function buildEpub(annotated: AnnotatedText, options: EpubOptions): EpubBook {
  const { lang, labels } = options;
  const resolveHref = (href: string) => inBookHref(href, annotated.text.slug, epubFiles.text) ?? options.resolveHref(href);
  const chapter: ChapterOptions = { lang, labels, edition: options.edition, glossary: options.glossary, prose: options.prose, resolveHref };
  const title = annotated.text.meta.title[lang] ?? annotated.text.meta.title.de;
  const text = textChapter(annotated, chapter);
  const documents = [
    { id: 'titlepage', file: epubFiles.title, title: labels.titlePage, body: titleChapter(annotated, options.head, chapter) },
    { id: 'text', file: epubFiles.text, title, body: text.body },
    { id: 'notes', file: epubFiles.notes, title: labels.notes, body: notesChapter(annotated, chapter) },
    { id: 'glossary', file: epubFiles.glossary, title: labels.glossary, body: glossaryChapter(annotated, chapter) },
  ].map((document) => ({ ...document, xhtml: xhtmlDocument({ lang, title: document.title, body: document.body, stylesheet: epubFiles.css }) }));
  const nav = xhtmlDocument({ lang, title: labels.contents, body: navBody(text.toc, labels, title), stylesheet: epubFiles.css });
  const fonts = fontsFor(documents.map((document) => document.xhtml).join(''), options.fonts);
  const css = epubCss(fontFaceCss(fonts, 'fonts'), fonts[0]?.family ?? 'serif');
  const items: ManifestItem[] = [
    { id: 'nav', href: epubFiles.nav, mediaType: xhtmlType, properties: 'nav' },
    ...documents.map((document) => ({ id: document.id, href: document.file, mediaType: xhtmlType, spine: true })),
    { id: 'css', href: epubFiles.css, mediaType: 'text/css' },
    ...fonts.map((font, index) => ({ id: `font-${index + 1}`, href: `fonts/${font.name}`, mediaType: 'font/woff2' })),
  ];
  const opf = packageXml({
    text: annotated.text,
    edition: options.edition,
    lang,
    labels,
    chain: translationChain(annotated.text, options.edition, lang),
    identifier: options.identifier,
    modified: `${options.built.toISOString().slice(0, 19)}Z`,
    items,
  });
  const entries: EpubEntry[] = [
    { path: 'META-INF/container.xml', content: containerXml(`${folder}/package.opf`) },
    { path: `${folder}/package.opf`, content: opf },
    { path: `${folder}/${epubFiles.nav}`, content: nav },
    ...documents.map((document) => ({ path: `${folder}/${document.file}`, content: document.xhtml })),
    { path: `${folder}/${epubFiles.css}`, content: css },
    ...fonts.map((font) => ({ path: `${folder}/fonts/${font.name}`, content: font.data })),
  ];
  return { entries, bytes: zipEpub(entries, options.built) };
}
