import { describe, expect, it } from 'vitest';
import { ImportError, mergeAnnotations, parseAnnotationExport, targetOrigin, toAnnotationCollection, type ReaderAnnotation } from '@/client/reading/annotation';
import { runAssertions } from '../../../helpers/web-annotation-assertions';

const origin = 'http://127.0.0.1:4173';
const note: ReaderAnnotation = {
  id: 'urn:uuid:6f1c1a52-3c1e-4c55-9a4c-0d7b7d1f2a10',
  created: '2026-12-01T10:00:00.000Z',
  modified: '2026-12-01T10:05:00.000Z',
  text: 'januar-aufstand',
  lang: 'de',
  block: 'p23',
  quote: { exact: 'Tengizchevroil', prefix: 'Der Betreiber ', suffix: ' kündigte an' },
  position: { start: 14, end: 28 },
  colour: 'green',
  note: 'Zahl prüfen: 40.000 oder 4.000?',
  tags: ['Zahlen', 'Streik'],
};
const highlight: ReaderAnnotation = { ...note, id: 'urn:uuid:6f1c1a52-3c1e-4c55-9a4c-0d7b7d1f2a11', lang: 'en', note: '', tags: [], colour: 'yellow' };
const collection = toAnnotationCollection([note, highlight], {
  origin,
  label: 'My annotations',
  now: new Date('2026-12-02T08:00:00Z'),
  id: 'urn:uuid:6f1c1a52-3c1e-4c55-9a4c-0d7b7d1f2a12',
});

describe('a reader’s annotations as W3C Web Annotations', () => {
  it('target the version’s reader page, narrowed to the block and the words', () => {
    const [exported] = collection.first.items;
    expect(exported?.target.source).toBe('http://127.0.0.1:4173/de/texts/januar-aufstand');
    expect(exported?.target.selector.map((selector) => [selector.value, selector.refinedBy.type])).toEqual([
      ['p23', 'TextQuoteSelector'],
      ['p23', 'TextPositionSelector'],
    ]);
    expect(exported?.motivation).toBe('commenting');
    expect(collection.first.items[1]?.motivation).toBe('highlighting');
  });

  it('pass the W3C MUST assertions: each annotation, the page and the collection', () => {
    for (const item of collection.first.items) expect(runAssertions('annotations/annotationMusts.test', { '@context': collection['@context'], ...item })).toEqual([]);
    expect(runAssertions('collections/collectionMusts.test', collection)).toEqual([]);
    expect(runAssertions('collections/pages/pageMusts.test', { '@context': collection['@context'], ...collection.first })).toEqual([]);
  });

  it('come back exactly as they were after export and import', () => {
    expect(parseAnnotationExport(JSON.parse(JSON.stringify(collection)))).toEqual([note, highlight]);
  });

  it('merge on import without duplicates, keeping the newer version of an annotation', () => {
    const edited = { ...note, note: 'geprüft', modified: '2026-12-02T09:00:00.000Z' };
    expect(mergeAnnotations([note, highlight], [note, highlight])).toEqual({ merged: [note, highlight], added: 0, updated: 0 });
    expect(mergeAnnotations([note], [edited, highlight])).toEqual({ merged: [edited, highlight], added: 1, updated: 1 });
    expect(mergeAnnotations([edited], [note]).merged).toEqual([edited]);
  });

  it('refuse a file that is not an annotation export, saying why', () => {
    expect(() => parseAnnotationExport({ hello: 'world' })).toThrow(ImportError);
    const foreign = JSON.parse(JSON.stringify(collection));
    foreign.first.items[0].target.source = 'https://elsewhere.test/blog/post';
    expect(() => parseAnnotationExport(foreign)).toThrow(/annotation 1: its target https:\/\/elsewhere\.test\/blog\/post is not a text of this edition/);
    const quoteless = JSON.parse(JSON.stringify(collection));
    quoteless.first.items[0].target.selector = [quoteless.first.items[0].target.selector[1]];
    expect(() => parseAnnotationExport(quoteless)).toThrow(/no TextQuoteSelector/);
  });
});

describe('the address exported annotations target', () => {
  it('is the edition’s canonical origin when the page was built with one, wherever it is served from', () => {
    const collection = toAnnotationCollection([note], {
      origin: targetOrigin({ origin: 'https://kasachstan2022.example' }, 'http://127.0.0.1:4173'),
      label: 'Mine',
      now: new Date('2026-12-02T00:00:00Z'),
      id: 'urn:uuid:1',
    });
    expect(collection.first.items[0]?.target.source).toBe('https://kasachstan2022.example/de/texts/januar-aufstand');
  });

  it('is the page’s own origin when no public address is configured', () => {
    expect(targetOrigin({}, 'http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173');
  });
});
