/**
 * The whole importer on small texts of the two kinds: what comes out, what is reported, and that the
 * words are exactly those of the source.
 */
import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../lib/importer/index';
import { compareWords, markdownIds, markdownWords, sourceWords } from './words';

const pdfSource = [
  'Die Versammlung der Bergleute',
  ' ',
  'Am Morgen des 3. Oktober kamen die Bergleute der Grube Lenin zu einer Ver-',
  'sammlung zusammen, um über die Forderungen an die Direktion zu beraten.',
  'Die Versammlung dauerte bis in den späten Abend, und am Ende stand ein',
  'Beschluss, den alle mittrugen: Streik ab dem nächsten Morgen, wenn die',
  '',
  '',
  '',
  'Direktion nicht einlenkt. Die Bergleute aus den US-',
  'amerikanisch geführten Betrieben der Nord- ',
  'und Südgrube schlossen sich an.',
  ' ',
  'Der Verlauf des Streiks',
  ' ',
  '3. Oktober: Versammlung der Bergleute.',
  ' ',
  'Am nächsten Tag standen alle Schächte still. Die Direktion bot Gespräche an,',
  'doch die Versammelten blieben bei ihren Forderungen und verlangten höhere',
  'Löhne und die Anerkennung ihrer Gewerkschaft, bevor sie wieder einfahren.',
].join('\n');

const webSource = [
  'Streik im Hafen von Aktau',
  '',
  'Von Anna Beispiel',
  '',
  'Die Hafenarbeiter legten am Montag die Arbeit nieder.\u00a0 Sie fordern höhere Löhne\u00a0und einen freien Samstag.\u00a0',
  '',
  'Die Forderungen der Streikenden:',
  '',
  '  • zehn Prozent mehr Lohn',
  '  • ein freier Samstag im Monat',
  '',
  'Die Direktion hat für Donnerstag Gespräche angeboten; die Gewerkschaft will zuvor die Belegschaft befragen und erst dann entscheiden, ob sie daran teilnimmt.',
  '',
  'Weitere Artikel',
  '',
  'Neue Proteste in Schanaösen',
].join('\n');

describe('importPlainText (PDF)', () => {
  const result = importPlainText(pdfSource, { slug: 'versammlung', sourceFile: 'versammlung.txt' });

  it('reflows, joins across the page break and undoes only the split word', () => {
    expect(result.markdown).toBe(
      [
        'Am Morgen des 3. Oktober kamen die Bergleute der Grube Lenin zu einer Versammlung zusammen, um über die Forderungen an die Direktion zu beraten. Die Versammlung dauerte bis in den späten Abend, und am Ende stand ein Beschluss, den alle mittrugen: Streik ab dem nächsten Morgen, wenn die Direktion nicht einlenkt. Die Bergleute aus den US-amerikanisch geführten Betrieben der Nord- und Südgrube schlossen sich an. {#p1}',
        '',
        '## Der Verlauf des Streiks {#p2}',
        '',
        '3\\. Oktober: Versammlung der Bergleute. {#p3}',
        '',
        'Am nächsten Tag standen alle Schächte still. Die Direktion bot Gespräche an, doch die Versammelten blieben bei ihren Forderungen und verlangten höhere Löhne und die Anerkennung ihrer Gewerkschaft, bevor sie wieder einfahren. {#p4}',
        '',
      ].join('\n'),
    );
  });

  it('reports the extraction, the title, the hyphens, the line break, the page break and the heading', () => {
    expect(result.report.extraction.kind).toBe('pdf');
    expect(result.report.decisions.map((decision) => [decision.line, decision.kind])).toEqual([
      [1, 'front-matter'],
      [3, 'hyphen'],
      [4, 'line-break'],
      [6, 'page-break'],
      [10, 'hyphen'],
      [11, 'hyphen'],
      [14, 'heading'],
    ]);
    expect(result.meta.title).toEqual({ de: 'Die Versammlung der Bergleute' });
    expect(result.meta.source).toMatchObject({ extraction: 'pdf', header: ['Die Versammlung der Bergleute'], omitted: [] });
  });

  it('gives back exactly the words of the source, less the title', () => {
    expect(compareWords(sourceWords(pdfSource, new Set([1])), markdownWords(result.markdown))).toBeUndefined();
  });
});

describe('importPlainText (web)', () => {
  const result = importPlainText(webSource, { slug: 'hafen', sourceFile: 'hafen.txt' });

  it('normalises non-breaking spaces, makes the bullet list a list and leaves out the navigation', () => {
    expect(result.markdown).toBe(
      [
        'Die Hafenarbeiter legten am Montag die Arbeit nieder. Sie fordern höhere Löhne und einen freien Samstag. {#p1}',
        '',
        'Die Forderungen der Streikenden: {#p2}',
        '',
        '- zehn Prozent mehr Lohn {#p3}',
        '- ein freier Samstag im Monat {#p4}',
        '',
        'Die Direktion hat für Donnerstag Gespräche angeboten; die Gewerkschaft will zuvor die Belegschaft befragen und erst dann entscheiden, ob sie daran teilnimmt. {#p5}',
        '',
      ].join('\n'),
    );
    expect(result.meta.source).toEqual({
      file: 'hafen.txt',
      extraction: 'web',
      header: ['Streik im Hafen von Aktau', 'Von Anna Beispiel'],
      omitted: [{ lines: '14-16', reason: 'navigation' }],
    });
  });

  it('gives back exactly the words of the source, less header and navigation', () => {
    const skip = new Set([1, 3, 14, 15, 16]);
    expect(compareWords(sourceWords(webSource, skip), markdownWords(result.markdown))).toBeUndefined();
  });

  it('uses the language for the title and the list of languages', () => {
    const english = importPlainText(webSource, { slug: 'hafen', sourceFile: 'hafen.txt', lang: 'en' });
    expect(english.meta.title).toEqual({ en: 'Streik im Hafen von Aktau' });
    expect(english.meta.languages).toEqual(['en']);
  });
});

describe('ids', () => {
  it('are p1 … pN in reading order, one per block, list items included', () => {
    const { markdown, blockCount } = importPlainText(webSource, { slug: 'hafen', sourceFile: 'hafen.txt' });
    expect(blockCount).toBe(5);
    expect(markdownIds(markdown)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('are the same on every run: importing twice gives the same Markdown, meta and report', () => {
    const first = importPlainText(pdfSource, { slug: 'versammlung', sourceFile: 'versammlung.txt' });
    const second = importPlainText(pdfSource, { slug: 'versammlung', sourceFile: 'versammlung.txt' });
    expect(second).toEqual(first);
  });
});

describe('importPlainText: page furniture and a label above the title', () => {
  it('keeps a list whole across a page number standing between its items, and lists the page number', () => {
    const source = [
      'synthetic: a PDF-style test text',
      '',
      'Streiks im Jahr 2021',
      '',
      'Die wichtigsten Streiks des Jahres in Kasachstan, nach Monaten geordnet, waren die folgenden:',
      '',
      '• Streik der Kraftfahrer in Schymkent',
      '• Streik der Transportarbeiter in Schangaösen',
      '',
      '— 2 —',
      '',
      '• Streik der Müllmänner in Semej',
      '• Streik der Ärzte in Aktau',
      '',
      'Danach kehrte für einige Wochen Ruhe ein, bis im Januar die Gaspreise stiegen und die Proteste begannen.',
    ].join('\n');
    const { markdown, meta, report } = importPlainText(source, { slug: 'streiks', sourceFile: 'streiks.txt' });
    expect(meta.title).toEqual({ de: 'Streiks im Jahr 2021' });
    expect(meta.source.omitted).toEqual([{ lines: '1', reason: 'front-matter' }]);
    expect(markdown).not.toContain('— 2 —');
    expect(markdown).not.toContain('synthetic');
    expect(markdown).toContain('- Streik der Transportarbeiter in Schangaösen {#p3}\n- Streik der Müllmänner in Semej {#p4}');
    expect(report.decisions.filter((decision) => decision.kind === 'page-furniture').map((decision) => decision.line)).toEqual([10]);
  });
});
