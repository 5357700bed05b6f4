import { describe, expect, it } from 'vitest';
import { editorAnnotationCollection, editorAnnotationPage, locate, quoteSelectors, type WebAnnotation } from '@/lib/api/web-annotations';
import { annotateText } from '@/lib/annotations/annotate-text';
import { getEdition } from '@/lib/edition';
import { runAssertions } from '../../helpers/web-annotation-assertions';

const edition = getEdition();
const base = new URL('https://edition.test/');

describe('the W3C selectors of a quote', () => {
  it('keep 32 characters of context and the position within the block', () => {
    const text = 'Die Proteste begannen am 2. Januar in Schangaösen, einer Stadt im Westen.';
    const start = locate(text, 'Schangaösen');
    expect(quoteSelectors(text, start, 'Schangaösen')).toEqual([
      { type: 'TextQuoteSelector', exact: 'Schangaösen', prefix: 'Die Proteste begannen am 2. Januar in '.slice(-32), suffix: ', einer Stadt im Westen.' },
      { type: 'TextPositionSelector', start: 38, end: 49 },
    ]);
  });

  it('find the n-th occurrence, and whole words only when given the term pattern', () => {
    expect(locate('a b a b a', 'a', 3)).toBe(8);
    expect(locate('a b', 'c')).toBe(-1);
    expect(locate('Rusland Russland', 'Russland', 1, /(?<![\p{L}\p{N}])Russland(?![\p{L}\p{N}])/gu)).toBe(8);
    expect(locate('Weißrussland Russland', 'Russland', 1, /(?<![\p{L}\p{N}])Russland(?![\p{L}\p{N}])/gu)).toBe(13);
  });
});

describe.each(edition.texts.flatMap((text) => text.versions.map((version) => [text.slug, version.lang] as const)))('the editors’ annotations of %s (%s)', (slug, lang) => {
  const text = edition.texts.find((candidate) => candidate.slug === slug)!;
  const page = editorAnnotationPage(text, edition, lang, { base });
  const annotated = annotateText(text, edition.glossary);
  const blocks = new Map(text.versions.find((version) => version.lang === lang)!.blocks.map((block) => [block.id, block.text]));

  it('hold every note and every glossary occurrence of the version', () => {
    const notes = page.items.filter((item) => item.motivation === 'commenting');
    const terms = page.items.filter((item) => item.motivation === 'identifying');
    expect(notes.map((item) => item.id.split('#note-')[1])).toEqual(annotated.notes.map((note) => note.id));
    expect(terms).toHaveLength(annotated.versions.find((version) => version.version.lang === lang)!.terms.length);
    expect(page.partOf.total).toBe(page.items.length);
  });

  it('select exactly the quoted words, by quote and by position, in the block named by the fragment', () => {
    const check = (item: WebAnnotation) => {
      const [byQuote, byPosition] = item.target.selector;
      expect(byQuote!.value).toBe(byPosition!.value);
      const block = blocks.get(byQuote!.value)!;
      const quote = byQuote!.refinedBy;
      const position = byPosition!.refinedBy;
      if (quote.type !== 'TextQuoteSelector' || position.type !== 'TextPositionSelector') throw new Error('selectors out of order');
      expect(block.slice(position.start, position.end)).toBe(quote.exact);
      expect(block.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
      expect(block.slice(position.end).startsWith(quote.suffix)).toBe(true);
    };
    page.items.forEach(check);
  });

  it('give note bodies in both languages and glossary marks the entry page and both glosses', () => {
    const note = page.items.find((item) => item.motivation === 'commenting');
    if (note) expect(note.body.map((body) => ('language' in body ? body.language : undefined))).toEqual(['de', 'en']);
    const term = page.items.find((item) => item.motivation === 'identifying');
    expect(term?.body[0]).toMatchObject({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: { id: expect.stringMatching(/^https:\/\/edition\.test\/(de|en)\/glossary\//) },
    });
    expect(term?.body.slice(1).map((body) => ('language' in body ? body.language : undefined))).toEqual(['de', 'en']);
  });

  it('pass the W3C Web Annotation MUST assertions: every annotation, the page and its collection', () => {
    for (const item of page.items) expect(runAssertions('annotations/annotationMusts.test', { '@context': page['@context'], ...item }), item.id).toEqual([]);
    expect(runAssertions('collections/pages/pageMusts.test', page)).toEqual([]);
    expect(runAssertions('collections/collectionMusts.test', editorAnnotationCollection(page))).toEqual([]);
  });
});

describe('the W3C assertions themselves', () => {
  it('fail an annotation without a target or with a relative id, so that a pass means something', () => {
    const valid = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://edition.test/a', type: 'Annotation', target: 'https://edition.test/de/texts/x' };
    expect(runAssertions('annotations/annotationMusts.test', valid)).toEqual([]);
    const targetless: Partial<typeof valid> = { ...valid };
    delete targetless.target;
    expect(runAssertions('annotations/annotationMusts.test', targetless).length).toBeGreaterThan(0);
    expect(runAssertions('annotations/annotationMusts.test', { ...valid, id: '/a' }).length).toBeGreaterThan(0);
    expect(
      runAssertions('collections/pages/pageMusts.test', { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://edition.test/p', type: 'AnnotationPage' }).length,
    ).toBeGreaterThan(0);
  });
});
