import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEpub } from '@/lib/export/epub';
import { fontFaceCss, fontsFor, type FontFile } from '@/lib/export/epub/fonts';
import { inBookHref } from '@/lib/export/epub/links';
import { labels, loadExportFixture, prose, resolveHref } from './fixture';

const latin: FontFile = { name: 'f-latin-400-normal.woff2', family: 'F', style: 'normal', weight: 400, ranges: [[0, 0xff]], data: new Uint8Array([1, 2, 3]) };
const cyrillic: FontFile = { ...latin, name: 'f-cyrillic-400-normal.woff2', ranges: [[0x400, 0x45f]] };

describe('EPUB export', () => {
  const { edition, annotated } = loadExportFixture();
  const book = buildEpub(annotated, {
    lang: 'en',
    labels,
    edition: edition.meta,
    glossary: edition.glossary,
    head: { title: 'A sample text', lines: ['Written by: Probe-Kollektiv'] },
    identifier: 'https://edition.test/api/texts/probe.en.epub',
    fonts: [latin, cyrillic],
    prose,
    resolveHref,
    built: new Date('2026-12-02T08:00:00Z'),
  });
  const files = unzipSync(book.bytes);
  const read = (path: string) => strFromU8(files[path] ?? new Uint8Array());

  it('starts with the mimetype, stored uncompressed (OCF)', () => {
    const view = new DataView(book.bytes.buffer, book.bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0);
    expect(strFromU8(book.bytes.subarray(30, 38))).toBe('mimetype');
    expect(strFromU8(book.bytes.subarray(38, 58))).toBe('application/epub+zip');
  });

  it('puts each German block before its English, with ¶ label and ids', () => {
    const text = read('EPUB/text.xhtml');
    expect(text).toContain('<p id="p2" lang="de" xml:lang="de" class="version de"><span class="number">¶ 2</span> ');
    expect(text.indexOf('id="p2"')).toBeLessThan(text.indexOf('id="en-p2"'));
    expect(text.indexOf('id="en-p2"')).toBeLessThan(text.indexOf('id="p3"'));
    expect(text).toContain('<span id="p9" />');
  });

  it('links each note marker to its endnote, and the endnote back', () => {
    expect(read('EPUB/text.xhtml')).toContain(
      '<sup><a href="notes.xhtml#note-terroristen" id="ref-en-terroristen" epub:type="noteref" role="doc-noteref" aria-label="Note 1">1</a></sup>',
    );
    const notes = read('EPUB/notes.xhtml');
    expect(notes).toContain('<section epub:type="backmatter endnotes" role="doc-endnotes"');
    expect(notes).toContain('<li id="note-terroristen" epub:type="endnote" role="doc-endnote"><p>So he said; compare <a href="text.xhtml#p5">¶ 5</a>.</p>');
    expect(notes).toContain('<a href="text.xhtml#ref-en-terroristen" role="doc-backlink">back to ¶ 2</a>');
  });

  it('links glossary names to the appendix, which explains them in the interface language', () => {
    expect(read('EPUB/text.xhtml')).toContain('<a href="glossary.xhtml#entry-tokayev" class="term" epub:type="glossref">Tokajew</a>');
    expect(read('EPUB/glossary.xhtml')).toContain(
      '<dt id="entry-tokayev" epub:type="glossterm">Kassym-Jomart Tokayev</dt><dd epub:type="glossdef"><p>President since 2019.</p><p class="forms">Spellings: Tokajew, Tokayev</p></dd>',
    );
  });

  it('credits authors, translators (trl) and the edition, with accessibility metadata', () => {
    const opf = read('EPUB/package.opf');
    expect(opf).toContain('<dc:creator id="author-1">Probe-Kollektiv</dc:creator><meta refines="#author-1" property="role" scheme="marc:relators">aut</meta>');
    expect(opf).toContain('<dc:contributor id="translator-1-1">Christoph Wälz</dc:contributor><meta refines="#translator-1-1" property="role" scheme="marc:relators">trl</meta>');
    expect(opf).toContain(
      '<dc:contributor id="translator-2-1">Editors</dc:contributor><meta refines="#translator-2-1" property="role" scheme="marc:relators">trl</meta><meta refines="#translator-2-1" property="role" scheme="marc:relators">edt</meta>',
    );
    expect(opf).toContain('<meta property="belongs-to-collection" id="edition">Test edition: Bilingual</meta>');
    expect(opf).toContain('<meta property="schema:accessMode">textual</meta>');
    expect(opf).toContain('<meta property="dcterms:modified">2026-12-02T08:00:00Z</meta>');
    expect(opf).toContain('<spine><itemref idref="titlepage" /><itemref idref="text" /><itemref idref="notes" /><itemref idref="glossary" /></spine>');
  });

  it('embeds only the font files the book needs', () => {
    expect(Object.keys(files)).toContain('EPUB/fonts/f-latin-400-normal.woff2');
    expect(Object.keys(files)).not.toContain('EPUB/fonts/f-cyrillic-400-normal.woff2');
    expect(read('EPUB/style.css')).toContain('src: url("fonts/f-latin-400-normal.woff2") format("woff2");');
  });

  it('lists the sections in the navigation document', () => {
    expect(read('EPUB/nav.xhtml')).toContain('<a href="text.xhtml#p1">Strike in Almaty</a>');
  });
});

describe('links inside the book', () => {
  it('keeps a link to a block of the same text inside the book, and leaves others', () => {
    expect(inBookHref('/en/texts/probe#p5', 'probe', 'text.xhtml')).toBe('text.xhtml#p5');
    expect(inBookHref('/de/texts/probe#p5-p7', 'probe', 'text.xhtml')).toBe('text.xhtml#p5');
    expect(inBookHref('/en/texts/other#p5', 'probe', 'text.xhtml')).toBeUndefined();
    expect(inBookHref('https://example.org/x#p5', 'probe', 'text.xhtml')).toBeUndefined();
  });
});

describe('fonts', () => {
  it('picks the files whose ranges cover a character used, and writes their unicode-range', () => {
    expect(fontsFor('Almaty Алматы', [latin, cyrillic]).map((font) => font.name)).toEqual([latin.name, cyrillic.name]);
    expect(fontsFor('Almaty', [latin, cyrillic]).map((font) => font.name)).toEqual([latin.name]);
    expect(fontFaceCss([cyrillic], 'fonts')).toContain('unicode-range: U+400-45F;');
  });
});
