import { describe, expect, it } from 'vitest';
import { teiDocument } from '@/lib/export/tei/document';
import { translationChain } from '@/lib/export/translation-chain';
import { loadExportFixture, prose, resolveHref } from './fixture';

describe('TEI export', () => {
  const { edition, annotated } = loadExportFixture();
  const tei = teiDocument(annotated, {
    edition: edition.meta,
    glossary: edition.glossary,
    urls: { page: 'https://edition.test/de/texts/probe', tei: 'https://edition.test/api/texts/probe.tei.xml' },
    prose,
    resolveHref,
    built: '2026-12-02',
  });

  it('is a TEI document with both versions as parallel divisions', () => {
    expect(tei.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"')).toBe(true);
    expect(tei).toContain('<div type="version" subtype="translation" xml:lang="de" xml:id="text-de" corresp="#text-en">');
    expect(tei).toContain('<div type="version" subtype="translation" xml:lang="en" xml:id="text-en" corresp="#text-de">');
  });

  it('gives every block its id behind its language, linked to the other language', () => {
    for (const id of ['p1', 'p2', 'p3', 'p4', 'p5']) {
      expect(tei).toMatch(new RegExp(`xml:id="de-${id}" n="${id.slice(1)}" corresp="#en-${id}"`));
      expect(tei).toMatch(new RegExp(`xml:id="en-${id}" n="${id.slice(1)}" corresp="#de-${id}"`));
    }
  });

  it('opens a division at a heading and keeps list items in one list', () => {
    expect(tei).toContain('<div type="section"><head xml:id="de-p1" n="1" corresp="#en-p1">');
    expect(tei).toMatch(/<list rend="bulleted"><item xml:id="de-p3"[^>]*>.*<\/item><item xml:id="de-p4"/);
  });

  it('records a split released id as an anchor pointing at its successors', () => {
    expect(tei).toContain('<item xml:id="de-p3" n="3" corresp="#en-p3"><anchor xml:id="de-p9" type="redirect" corresp="#de-p3 #de-p4" />');
  });

  it('marks every glossary occurrence by kind, pointing at its entry', () => {
    expect(tei).toContain('<persName ref="#entry-tokayev">Tokajew</persName>');
    expect(tei).toContain('<persName ref="#entry-tokayev">Tokayev</persName>');
    expect(tei.match(/<placeName ref="#entry-almaty">Almaty<\/placeName>/g)).toHaveLength(4);
    expect(tei).toContain('<term ref="#entry-strike">Streik</term>');
    expect(tei).toContain('<hi rend="italic"><term ref="#entry-strike">strike</term></hi>');
  });

  it('lists the entries with both headwords, every spelling and both glosses', () => {
    expect(tei).toContain(
      '<listPerson><person xml:id="entry-tokayev"><persName type="headword" xml:lang="de">Qassym-Schomart Toqajew</persName><persName type="headword" xml:lang="en">Kassym-Jomart Tokayev</persName><persName type="form" xml:lang="de">Tokajew</persName><persName type="form" xml:lang="en">Tokayev</persName><persName type="alias">Toqaev</persName><note type="gloss" xml:lang="de"><p xml:lang="de">Präsident seit 2019.</p></note>',
    );
    expect(tei).toContain('<listPlace><place xml:id="entry-almaty" type="place">');
    expect(tei).toContain('<list type="glossary"><item xml:id="entry-strike" n="term"><term type="headword" xml:lang="de">Streik</term>');
    expect(tei).toContain('<gloss xml:lang="en">A <hi rend="italic">stoppage</hi> of work.</gloss>');
  });

  it('points a note at the exact quoted words in both languages and at its blocks', () => {
    expect(tei).toContain('<seg xml:id="de-quote-terroristen" type="noteQuote">40.000 Terroristen</seg>');
    expect(tei).toContain('<seg xml:id="en-quote-terroristen" type="noteQuote">40,000 terrorists</seg>');
    expect(tei).toContain('<note xml:id="note-terroristen" n="1" type="contested" target="#de-quote-terroristen #en-quote-terroristen" corresp="#de-p2 #en-p2">');
    expect(tei).toContain('<ref target="https://edition.test/en/texts/probe#p5">¶ 5</ref>');
    expect(tei).toContain('<bibl><title>Rede</title><date when="2022-01-10">2022-01-10</date><ref target="https://example.org/rede">https://example.org/rede</ref></bibl>');
  });

  it('records the source, the extraction, the translation chain and the rights in the header', () => {
    expect(tei).toContain('<idno type="file">probe.txt</idno><note type="extraction">Plain text extracted from a web page');
    expect(tei).toContain(
      '<bibl type="original" xml:id="chain-1"><author>Probe-Kollektiv</author><title level="j">Probeblatt</title><date when="2022-01-24">2022-01-24</date><ref target="https://probe.test/1">https://probe.test/1</ref><textLang mainLang="ru">Russian</textLang></bibl>',
    );
    expect(tei).toContain(
      '<bibl type="translation" xml:id="chain-2" corresp="#chain-1"><editor role="translator">Christoph Wälz</editor><textLang mainLang="de">German</textLang></bibl>',
    );
    expect(tei).toContain(
      '<bibl type="translation" xml:id="chain-3" corresp="#chain-2"><editor role="translator">Editors</editor><date when="2026">2026</date><textLang mainLang="en">English</textLang>',
    );
    expect(tei).toContain(
      '<licence target="http://rightsstatements.org/vocab/InC/1.0/"><p xml:lang="de">Rechte beim Kollektiv.</p><p xml:lang="en">Rights with the collective.</p></licence>',
    );
  });

  it('escapes what the sources contain', () => {
    expect(tei).not.toMatch(/&(?!(amp|lt|gt|quot|#x[0-9A-F]+);)/);
  });
});

describe('translation chain', () => {
  const { edition, annotated } = loadExportFixture();

  it('runs from the original through each translation to the edition’s English', () => {
    expect(translationChain(annotated.text, edition.meta, 'en').map((link) => `${link.role}:${link.lang}:${link.by.join('+')}${link.byEdition ? ' (edition)' : ''}`)).toEqual([
      'original:ru:Probe-Kollektiv',
      'translation:de:Christoph Wälz',
      'translation:en:Editors (edition)',
    ]);
  });
});
