/**
 * The content documents of a text's EPUB: the title page, the text (each German block followed by its
 * English: an e-reader's screen has room for one column, and the German is the source), the endnotes
 * and the glossary appendix. The apparatus (headings of the appendices, notes, glosses) is in the
 * interface language of the EPUB.
 */
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { AnnotatedText } from '../../annotations/annotate-text';
import { blockNumber } from '@/contract/reference';
import type { Language } from '../../content/model';
import type { EditionMeta, GlossaryEntry } from '../../content/schema';
import type { ExportLabels } from '../labels';
import type { PlainTextHead } from '../plain-text';
import { epubIds, toEpubContent, type EpubLinkOptions } from './links';

export const epubFiles = { title: 'title.xhtml', text: 'text.xhtml', notes: 'notes.xhtml', glossary: 'glossary.xhtml', nav: 'nav.xhtml', css: 'style.css' } as const;

export interface ChapterOptions {
  lang: Language;
  labels: ExportLabels;
  edition: EditionMeta;
  glossary: readonly GlossaryEntry[];
  prose: (markdown: string, lang: Language) => Root;
  resolveHref: (href: string) => string | undefined;
}

function links(lang: string, options: ChapterOptions): EpubLinkOptions {
  return { lang, notesFile: epubFiles.notes, glossaryFile: epubFiles.glossary, resolveHref: options.resolveHref, noteLabel: options.labels.note };
}

function prose(markdown: string, lang: Language, options: ChapterOptions): ElementContent[] {
  return toEpubContent(
    options.prose(markdown, lang).children.filter((node) => node.type === 'element'),
    links(lang, options),
  );
}

/** The heading of each section in the interface language, for the table of contents. */
export interface TocEntry {
  id: string;
  label: string;
  depth: number;
}

export function textChapter(annotated: AnnotatedText, options: ChapterOptions): { body: ElementContent[]; toc: TocEntry[] } {
  const [source, ...translations] = annotated.versions;
  if (!source) return { body: [], toc: [] };
  const redirects = Object.entries(annotated.text.anchors.redirects);
  const body: ElementContent[] = [];
  const toc: TocEntry[] = [];
  let list: { key: string; element: ReturnType<typeof h> } | undefined;
  for (const block of source.version.blocks) {
    const versions = [source, ...translations].map((version) => ({
      lang: version.version.lang,
      element: version.elements.get(block.id),
      block: version.version.blocks.find((candidate) => candidate.id === block.id),
    }));
    const number = options.labels.paragraph(blockNumber(block.id));
    const oldIds = redirects.filter(([, targets]) => targets[0] === block.id).map(([released]) => h('span', { id: released }));
    const parts = versions.map(({ lang, element }, index) =>
      h(block.kind === 'heading' ? 'span' : 'p', { id: epubIds.block(lang, block.id), lang, 'xml:lang': lang, class: `version ${lang}` }, [
        ...(index === 0 ? [...oldIds, h('span', { class: 'number' }, number), ' '] : []),
        ...toEpubContent(element?.children ?? [], links(lang, options)),
      ]),
    );
    if (block.kind === 'heading') {
      const depth = block.depth ?? 2;
      body.push(h(`h${depth}`, parts));
      toc.push({ id: block.id, label: versions.find((version) => version.lang === options.lang)?.block?.text ?? block.text, depth });
      list = undefined;
      continue;
    }
    if (block.kind === 'item' && block.list) {
      if (list?.key !== block.list.key) {
        list = { key: block.list.key, element: h(block.list.ordered ? 'ol' : 'ul', block.list.start && block.list.start !== 1 ? { start: block.list.start } : {}) };
        body.push(list.element);
      }
      list.element.children.push(h('li', parts));
      continue;
    }
    list = undefined;
    body.push(h('div', { class: 'block' }, parts));
  }
  return { body: [h('section', { 'epub:type': 'bodymatter chapter', role: 'doc-chapter', 'aria-label': options.labels.text }, body)], toc };
}

export function notesChapter(annotated: AnnotatedText, options: ChapterOptions): ElementContent[] {
  const { lang, labels } = options;
  const items = annotated.notes.map((note) =>
    h('li', { id: epubIds.note(note.id), 'epub:type': 'endnote', role: 'doc-endnote' }, [
      ...prose(note.body[lang], lang, options),
      ...(note.sources.length > 0
        ? [
            h('p', { class: 'sources' }, [
              `${labels.sources}: `,
              ...note.sources.flatMap((source, index) => [
                index > 0 ? '; ' : '',
                source.url ? h('a', { href: source.url }, source.title) : source.title,
                source.publisher ? `, ${source.publisher}` : '',
                source.date ? `, ${source.date}` : '',
              ]),
            ]),
          ]
        : []),
      h('p', { class: 'back' }, [h('a', { href: `${epubFiles.text}#${epubIds.noteref(lang, note.id)}`, role: 'doc-backlink' }, labels.backToText(blockNumber(note.block)))]),
    ]),
  );
  return [
    h('section', { 'epub:type': 'backmatter endnotes', role: 'doc-endnotes', 'aria-labelledby': 'notes-title' }, [h('h1', { id: 'notes-title' }, labels.notes), h('ol', items)]),
  ];
}

export function glossaryChapter(annotated: AnnotatedText, options: ChapterOptions): ElementContent[] {
  const { lang, labels } = options;
  const entries = options.glossary.filter((entry) => annotated.entries.has(entry.id)).sort((a, b) => a.headword[lang].localeCompare(b.headword[lang], lang));
  const items = entries.flatMap((entry) => {
    const forms = [...new Set([...entry.forms.de, ...entry.forms.en])];
    return [
      h('dt', { id: epubIds.entry(entry.id), 'epub:type': 'glossterm' }, entry.headword[lang]),
      h('dd', { 'epub:type': 'glossdef' }, [...prose(entry.gloss[lang], lang, options), h('p', { class: 'forms' }, `${labels.spellings}: ${forms.join(', ')}`)]),
    ];
  });
  return [
    h('section', { 'epub:type': 'backmatter glossary', role: 'doc-glossary', 'aria-labelledby': 'glossary-title' }, [
      h('h1', { id: 'glossary-title' }, labels.glossary),
      h('dl', items),
    ]),
  ];
}

export function titleChapter(annotated: AnnotatedText, head: PlainTextHead, options: ChapterOptions): ElementContent[] {
  const { meta } = annotated.text;
  const { lang, labels } = options;
  const other = meta.languages.filter((candidate) => candidate !== 'de');
  return [
    h('section', { 'epub:type': 'frontmatter titlepage', 'aria-labelledby': 'title' }, [
      h('h1', { id: 'title', lang: 'de', 'xml:lang': 'de' }, meta.title.de),
      ...other.flatMap((code) => (meta.title[code] ? [h('p', { class: 'subtitle', lang: code, 'xml:lang': code }, meta.title[code])] : [])),
      h(
        'ul',
        { class: 'credits' },
        head.lines.map((line) => h('li', line)),
      ),
      ...prose(meta.summary[lang], lang, options),
      h('h2', labels.editionNotes),
      ...prose(meta.editionNotes[lang], lang, options),
    ]),
  ];
}
