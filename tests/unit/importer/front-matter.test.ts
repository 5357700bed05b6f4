import { describe, expect, it } from 'vitest';
import { extractFrontMatter } from '../../../lib/importer/front-matter';
import type { LineGroup } from '../../../lib/importer/types';

/** One group per entry; an entry with line breaks is a group of several lines. */
function groups(...texts: string[]): LineGroup[] {
  let n = 0;
  return texts.map((text) => ({
    lines: text.split('\n').map((line) => {
      n += 2;
      return { n, text: line, indent: 0 };
    }),
  }));
}

describe('extractFrontMatter', () => {
  it('takes title, byline and first-publication line off the top', () => {
    const { header, rest, decisions } = extractFrontMatter(
      groups(
        'Streik im Hafen von Aktau',
        'Von Anna Beispiel (Redaktion)',
        'Der Text ist zuerst in der Zeitschrift Beispiel erschienen.',
        'Die Hafenarbeiter legten am Montag die Arbeit nieder.',
      ),
    );
    expect(header.map((line) => [line.role, line.text])).toEqual([
      ['title', 'Streik im Hafen von Aktau'],
      ['byline', 'Von Anna Beispiel (Redaktion)'],
      ['publication', 'Der Text ist zuerst in der Zeitschrift Beispiel erschienen.'],
    ]);
    expect(rest).toHaveLength(1);
    expect(decisions.map((decision) => decision.kind)).toEqual(['front-matter', 'front-matter', 'front-matter']);
  });

  it('knows “zuerst … veröffentlicht” and an English byline', () => {
    const { header } = extractFrontMatter(groups('Streik', 'By Anna Example', 'Zuerst am 3. Mai 2022 auf example.org veröffentlicht.', 'Die Arbeiter streiken.'));
    expect(header.map((line) => line.role)).toEqual(['title', 'byline', 'publication']);
  });

  it('does not take an opening paragraph that merely mentions publishing for a header line', () => {
    const { header, rest } = extractFrontMatter(groups('Der Januar-Aufstand', 'Wir veröffentlichen eine vorläufige Analyse. Weitere Artikel werden veröffentlicht.', 'Text.'));
    expect(header.map((line) => line.role)).toEqual(['title']);
    expect(rest).toHaveLength(2);
  });

  it('splits a byline that follows the title without a blank line', () => {
    const { header, rest } = extractFrontMatter(groups('Streik im Hafen\nVon Anna Beispiel', 'Die Arbeiter streiken.'));
    expect(header.map((line) => line.text)).toEqual(['Streik im Hafen', 'Von Anna Beispiel']);
    expect(rest).toHaveLength(1);
  });

  it('tells a title wrapped over two lines from a title with a subtitle', () => {
    const wrapped = extractFrontMatter(groups('Der Januar-Aufstand und die\nMassenstreiks in Kasachstan', 'Die Arbeiter streiken.'));
    expect(wrapped.header.map((line) => [line.role, line.text])).toEqual([['title', 'Der Januar-Aufstand und die Massenstreiks in Kasachstan']]);
    const subtitled = extractFrontMatter(groups('Gewerkschaften in Zentralasien\nEine Bestandsaufnahme', 'Die Arbeiter streiken.'));
    expect(subtitled.header.map((line) => [line.role, line.text])).toEqual([
      ['title', 'Gewerkschaften in Zentralasien'],
      ['subtitle', 'Eine Bestandsaufnahme'],
    ]);
    expect(subtitled.decisions[1]).toMatchObject({ certain: false });
  });

  it('reports, and takes nothing, when the text starts with a paragraph', () => {
    const { header, rest, decisions } = extractFrontMatter(groups('Die Arbeiter streiken seit Montag.', 'Die Direktion schweigt.'));
    expect(header).toEqual([]);
    expect(rest).toHaveLength(2);
    expect(decisions[0]).toMatchObject({ kind: 'front-matter', certain: false });
  });

  it.each(['synthetic: an unseen PDF-style text', 'Quelle: https://example.org/artikel', 'artikel-2022.pdf'])(
    'leaves out a label line above the title (%s) and still finds the title',
    (label) => {
      const { header, rest, decisions, omitted } = extractFrontMatter(
        groups(label, 'Streik im Hafen von Aktau', 'Von Anna Beispiel', 'Die Hafenarbeiter legten am Montag die Arbeit nieder.'),
      );
      expect(header.map((line) => [line.role, line.text])).toEqual([
        ['title', 'Streik im Hafen von Aktau'],
        ['byline', 'Von Anna Beispiel'],
      ]);
      expect(omitted).toEqual([{ lines: '2', reason: 'front-matter' }]);
      expect(decisions[0]).toMatchObject({ line: 2, kind: 'front-matter', certain: false });
      expect(decisions[0]?.decision).toMatch(/looks like a label or caption above the title, not part of the text: left out \(meta\.yaml source\.omitted\)/u);
      expect(rest).toHaveLength(1);
    },
  );

  it('says so when there is no title, so that an empty title.de is never silent', () => {
    const { header, decisions } = extractFrontMatter(
      groups('die Arbeiter kamen am Morgen zusammen und berieten lange über ihre Forderungen an die Direktion.', 'Danach gingen sie heim.'),
    );
    expect(header).toEqual([]);
    expect(decisions).toEqual([
      expect.objectContaining({ decision: 'no title line found at the top: the text starts at once; title.de in meta.yaml is left empty: write the title there', certain: false }),
    ]);
  });
});
