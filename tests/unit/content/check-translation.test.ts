import { afterEach, describe, expect, it } from 'vitest';
import { germanSentences, missingNumbers } from '@/lib/content/check-translation';
import { loadEdition } from '@/lib/pipeline/load-edition';
import { formatProblem } from '@/lib/content/problems';
import { createFixtureEdition, fixtureFiles, type FixtureEdition } from '../../helpers/fixture-edition';

describe('numbers carried over from the German', () => {
  it('accepts thousands and decimal separators in English notation', () => {
    expect(missingNumbers('40.000 Arbeiter:innen, 7,3 Millionen, 30,2%', '40,000 workers, 7.3 million, 30.2%')).toEqual([]);
  });

  it('accepts a date written out in English', () => {
    expect(missingNumbers('am 24.01.2022 veröffentlicht', 'published on 24 January 2022')).toEqual([]);
    expect(missingNumbers('am 24.01.2022 veröffentlicht', 'published on January 24, 2022')).toEqual([]);
  });

  it('reports a number that is missing or changed', () => {
    expect(missingNumbers('von 60 auf 120 Tenge', 'from 60 to 12 tenge')).toEqual(['120']);
    expect(missingNumbers('40.000 Arbeiter:innen', '4,000 workers')).toEqual(['40.000']);
    expect(missingNumbers('am 24.01.2022', 'on 25 January 2022')).toEqual(['24.01.2022']);
  });

  it('counts a number the German repeats', () => {
    expect(missingNumbers('50 Tenge hier und 50 Tenge dort', '50 tenge here and there')).toEqual(['50']);
  });

  it('ignores digits inside addresses', () => {
    expect(missingNumbers('(Quelle: http://socialismkz.info/?p=26989)', '(Source: http://socialismkz.info/?p=26989)')).toEqual([]);
    expect(missingNumbers('Quelle: https://example.org/2021/x', 'Source:')).toEqual([]);
  });
});

describe('German left in an English block', () => {
  it('finds a German sentence', () => {
    expect(germanSentences('This is translated. Das ist aber noch nicht übersetzt und bleibt so.')).toEqual(['Das ist aber noch nicht übersetzt und bleibt so.']);
  });

  it('lets German names and titles stand in English prose', () => {
    expect(germanSentences('The Kommunistische Organisation asked the KPD in offen-siv.')).toEqual([]);
  });
});

let fixture: FixtureEdition | undefined;
afterEach(() => fixture?.remove());

function problemsWithEnglish(english: string): string[] {
  fixture = createFixtureEdition({ 'texts/probe/en.md': english });
  return loadEdition(fixture.root).problems.map(formatProblem);
}

const en = fixtureFiles['texts/probe/en.md'] ?? '';

describe('npm run check on a translation', () => {
  it('reports a missing number as an error that shows both blocks', () => {
    const [problem] = problemsWithEnglish(en.replace('40,000 workers', 'many workers'));
    expect(problem).toBe(
      'texts/probe/en.md:3: block p2 does not carry the number(s) 40.000 of the German (carry every number, percentage, amount and date over exactly (40.000 → 40,000; 7,3 → 7.3; 24.01.2022 → 24 January 2022))\n' +
        '    de: Der erste Absatz mit 40.000 Arbeiter:innen.\n' +
        '    en: The first paragraph with many workers.',
    );
  });

  it('reports a block left identical to the German', () => {
    expect(problemsWithEnglish(en.replace('The last paragraph.', 'Der letzte Absatz.'))).toContainEqual(
      expect.stringMatching(/^texts\/probe\/en\.md:8: block p5 is identical to the German/),
    );
  });

  it('reports a German sentence in an English block', () => {
    expect(problemsWithEnglish(en.replace('The last paragraph.', 'The last paragraph. Und das ist nicht übersetzt worden.'))).toContainEqual(
      expect.stringMatching(/^texts\/probe\/en\.md:8: block p5 still contains a German sentence: “Und das ist nicht übersetzt worden\.”/),
    );
  });

  it('warns, without failing, about a block much shorter than the German', () => {
    fixture = createFixtureEdition({
      'texts/probe/de.md': (fixtureFiles['texts/probe/de.md'] ?? '').replace('Der letzte Absatz.', 'Der letzte Absatz ist lang und hat viele Wörter darin.'),
    });
    const { edition, problems } = loadEdition(fixture.root);
    expect(edition).toBeDefined();
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^texts\/probe\/en\.md:8: warning: block p5 is much shorter than the German \(0\.30 × its words\)/)]);
  });

  it('refuses a block more than 3 × shorter than the German (an error, not a warning)', () => {
    const long = 'Der letzte Absatz ist sehr lang, denn er erzählt von den Streiks der Ölarbeiter in Schangaösen und Aktau, von den Forderungen und von der Antwort der Regierung.';
    fixture = createFixtureEdition({ 'texts/probe/de.md': (fixtureFiles['texts/probe/de.md'] ?? '').replace('Der letzte Absatz.', long) });
    const { edition, problems } = loadEdition(fixture.root);
    expect(edition).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'texts/probe/en.md:8: block p5 has 3 words against 27 in the German: 9.0 × shorter, beyond the limit of 3 × (the translation is cut short or the block is misplaced: translate the whole block)\n' +
        `    de: ${long}\n` +
        '    en: The last paragraph.',
    ]);
  });

  it('refuses a block more than 3 × longer than the German', () => {
    const english = en.replace('The last paragraph.', 'The last paragraph, and then another one that was merged into it by mistake when the blocks were aligned.');
    expect(problemsWithEnglish(english)).toEqual([
      expect.stringMatching(/^texts\/probe\/en\.md:8: block p5 has 19 words against 3 in the German: 6\.3 × longer, beyond the limit of 3 ×/u),
    ]);
  });
});
