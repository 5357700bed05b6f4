/**
 * Page furniture as a PDF extraction leaves it: a page number and a running head together at every
 * page break, the number over the head or the head over the number, inside a paragraph (the
 * extraction lost the blank lines) or standing between two paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { formatReport, importPlainText } from '../../../lib/importer/index';
import { findPageFurniture } from '../../../lib/importer/page-furniture';
import { normaliseSource } from '../../../lib/importer/normalise';

const RUNNING_HEAD = 'Kasachstan – Hintergründe';

/** The text of four pages; a page that ends with '' ends between paragraphs. */
const PAGES = [
  [
    'Anfang Januar 2022 stiegen in Westkasachstan die Preise für',
    'Flüssiggas über Nacht auf das Doppelte. In Schangaösen, wo',
    'die meisten Autos mit Gas fahren, versammelten sich am',
    'Morgen des 2. Januar die ersten Menschen auf dem Platz vor',
    'der Stadtverwaltung und verlangten die Rücknahme der',
    'Erhöhung.',
    '',
    'Schon am nächsten Tag kamen Arbeiter aus den Ölfeldern',
    'dazu, die seit Jahren über niedrige Löhne und die',
    'Ausgliederung ganzer Betriebe klagten. Ihre Forderungen',
    'gingen bald über',
  ],
  [
    'den Gaspreis hinaus: Sie verlangten höhere Löhne, das Recht',
    'auf unabhängige Gewerkschaften und den Rücktritt der',
    'Regierung.',
    '',
    'In Aktau, der Hauptstadt des Gebiets Mangistau, zogen am',
    'Abend Tausende durch die Innenstadt. Die Polizei hielt',
    'sich zunächst zurück, und viele Beamte sprachen mit den',
    'Demonstrierenden, statt sie auseinanderzutreiben. Auf dem',
    'Platz blieben die Menschen die ganze Nacht, obwohl es',
    'bitterkalt war.',
    '',
  ],
  [
    'Am 4. Januar griffen die Proteste auf andere Landesteile',
    'über. In Almaty, der größten Stadt des Landes, kam es zu',
    'Zusammenstößen mit der Polizei; in der Nacht brannte das',
    'Gebäude der Stadtverwaltung. Der Präsident rief den',
    'Ausnahmezustand aus und bat die Organisation des Vertrags',
    'über kollektive Sicherheit um Hilfe.',
    '',
    'Die Truppen trafen am 6. Januar ein. In den folgenden Tagen',
    'wurden nach offiziellen Angaben mehr als zweihundert',
    'Menschen getötet und fast zehntausend festgenommen, viele',
  ],
  [
    'von ihnen in Städten, in denen es keine Unruhen gegeben',
    'hatte.',
    '',
    'In Schangaösen aber blieben die Arbeiter bis zuletzt auf',
    'dem Platz. Sie hatten mit den Unruhen in Almaty nichts zu',
    'tun, und ihre Forderungen blieben dieselben wie am',
    'ersten Tag.',
  ],
];

type Order = 'number, then head' | 'head, then number';

/** The extracted text: the title, then the pages with the furniture of each page break in the given order. */
function extraction(orderAt: (page: number) => Order): string {
  const lines = ['Die Streiks in Westkasachstan', ''];
  PAGES.forEach((page, index) => {
    lines.push(...page);
    if (index === PAGES.length - 1) return;
    const pageNumber = `— ${index + 1} —`;
    lines.push(...(orderAt(index + 1) === 'number, then head' ? [pageNumber, RUNNING_HEAD] : [RUNNING_HEAD, pageNumber]));
    // Between paragraphs, the furniture has a blank line on either side.
    if (page.at(-1) === '') lines.push('');
  });
  return lines.join('\n');
}

const BLOCKS = [
  'Anfang Januar 2022 stiegen in Westkasachstan die Preise für Flüssiggas über Nacht auf das Doppelte. In Schangaösen, wo die meisten Autos mit Gas fahren, versammelten sich am Morgen des 2. Januar die ersten Menschen auf dem Platz vor der Stadtverwaltung und verlangten die Rücknahme der Erhöhung. {#p1}',
  'Schon am nächsten Tag kamen Arbeiter aus den Ölfeldern dazu, die seit Jahren über niedrige Löhne und die Ausgliederung ganzer Betriebe klagten. Ihre Forderungen gingen bald über den Gaspreis hinaus: Sie verlangten höhere Löhne, das Recht auf unabhängige Gewerkschaften und den Rücktritt der Regierung. {#p2}',
  'In Aktau, der Hauptstadt des Gebiets Mangistau, zogen am Abend Tausende durch die Innenstadt. Die Polizei hielt sich zunächst zurück, und viele Beamte sprachen mit den Demonstrierenden, statt sie auseinanderzutreiben. Auf dem Platz blieben die Menschen die ganze Nacht, obwohl es bitterkalt war. {#p3}',
  'Am 4. Januar griffen die Proteste auf andere Landesteile über. In Almaty, der größten Stadt des Landes, kam es zu Zusammenstößen mit der Polizei; in der Nacht brannte das Gebäude der Stadtverwaltung. Der Präsident rief den Ausnahmezustand aus und bat die Organisation des Vertrags über kollektive Sicherheit um Hilfe. {#p4}',
  'Die Truppen trafen am 6. Januar ein. In den folgenden Tagen wurden nach offiziellen Angaben mehr als zweihundert Menschen getötet und fast zehntausend festgenommen, viele von ihnen in Städten, in denen es keine Unruhen gegeben hatte. {#p5}',
  'In Schangaösen aber blieben die Arbeiter bis zuletzt auf dem Platz. Sie hatten mit den Unruhen in Almaty nichts zu tun, und ihre Forderungen blieben dieselben wie am ersten Tag. {#p6}',
];

const REMOVED = ': removed as extraction damage; restore it by hand if it is part of the text';
const number = (line: number, page: number, where: string): string => `streiks.txt:${line}: page-furniture: line ${line} "— ${page} —" is a page number${where}${REMOVED}`;
const head = (line: number, where: string): string =>
  `streiks.txt:${line}: [check] page-furniture: line ${line} "${RUNNING_HEAD}" is a running head${where} (it recurs like the furniture of every page)${REMOVED}`;
const INSIDE = ' inside a paragraph';
const PAGE_BREAK =
  'streiks.txt:25: page-break: page break (lines 26–29 blank but for a page number or running head) between "bitterkalt war." and "Am 4. Januar griffen…": new paragraph — the sentence ended and its line is short';

/** The report's lines on page breaks and page furniture. */
function furnitureReport(source: string): string[] {
  const { report } = importPlainText(source, { slug: 'streiks', sourceFile: 'streiks.txt' });
  return formatReport(report, 'streiks.txt')
    .split('\n')
    .filter((line) => / page-(?:furniture|break): /u.test(line));
}

describe('page numbers next to running heads', () => {
  const orders: Record<string, (page: number) => Order> = {
    'the number over the head': () => 'number, then head',
    'the head over the number': () => 'head, then number',
    'both orders in one text': (page) => (page % 2 === 1 ? 'number, then head' : 'head, then number'),
  };

  for (const [name, orderAt] of Object.entries(orders)) {
    it(`leaves only the text's own paragraphs, joined across the page breaks (${name})`, () => {
      const { markdown, meta } = importPlainText(extraction(orderAt), { slug: 'streiks', sourceFile: 'streiks.txt' });
      expect(meta.title).toEqual({ de: 'Die Streiks in Westkasachstan' });
      expect(markdown.trimEnd().split('\n\n')).toEqual(BLOCKS);
    });
  }

  it('reports every page number and running head it removed, the number over the head', () => {
    expect(furnitureReport(extraction(() => 'number, then head'))).toEqual([
      number(14, 1, INSIDE),
      head(15, INSIDE),
      PAGE_BREAK,
      number(27, 2, ''),
      head(28, ''),
      number(40, 3, INSIDE),
      head(41, INSIDE),
    ]);
  });

  it('reports every page number and running head it removed, the head over the number', () => {
    expect(furnitureReport(extraction(() => 'head, then number'))).toEqual([
      head(14, INSIDE),
      number(15, 1, INSIDE),
      PAGE_BREAK,
      head(27, ''),
      number(28, 2, ''),
      head(40, INSIDE),
      number(41, 3, INSIDE),
    ]);
  });

  it('finds all 18 pairs of a long text with a page break every 20 lines, in either order', () => {
    const topics = [
      'Löhne',
      'Mieten',
      'Preise',
      'Renten',
      'Gas',
      'Kohle',
      'Brot',
      'Wasser',
      'Strom',
      'Busse',
      'Schulen',
      'Ärzte',
      'Straßen',
      'Häuser',
      'Felder',
      'Kinder',
      'Frauen',
      'Männer',
    ];
    for (const order of ['number, then head', 'head, then number'] as const) {
      const lines = ['Die Streiks in Westkasachstan', ''];
      topics.forEach((topic, index) => {
        for (let line = 1; line < 20; line += 1) lines.push(`und auf der Versammlung ${line} sprachen die Arbeiter über die ${topic} und über die`);
        const pageNumber = `— ${index + 2} —`;
        lines.push(...(order === 'number, then head' ? [pageNumber, RUNNING_HEAD] : [RUNNING_HEAD, pageNumber]));
      });
      lines.push('und dann war die Versammlung zu Ende.');
      const found = [...findPageFurniture(normaliseSource(lines.join('\n'))).values()];
      expect(found.filter((line) => line.kind === 'page number').map((line) => line.text)).toEqual(topics.map((_, index) => `— ${index + 2} —`));
      expect(found.filter((line) => line.kind === 'running head')).toHaveLength(18);
      const { markdown, report } = importPlainText(lines.join('\n'), { slug: 'streiks', sourceFile: 'streiks.txt' });
      expect(markdown).not.toMatch(/— \d+ —|Hintergründe/u);
      expect(report.decisions.filter((decision) => decision.kind === 'page-furniture')).toHaveLength(36);
    }
  });
});
