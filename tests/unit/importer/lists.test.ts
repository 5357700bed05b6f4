import { describe, expect, it } from 'vitest';
import { findLists, openingOf } from '../../../lib/importer/lists';
import type { Block, LineGroup } from '../../../lib/importer/types';

/** One group per entry (one line each, as in a web extraction); `\n` makes a wrapped group. */
function groups(...texts: string[]): LineGroup[] {
  let n = 0;
  return texts.map((text) => ({
    lines: text.split('\n').map((line) => {
      n += 1;
      return { n, text: line, indent: 0 };
    }),
  }));
}

function summary(blocks: readonly Block[]) {
  return blocks.map((block) => [block.kind, block.lines.map((line) => line.text).join(' '), block.list?.ordered ?? null]);
}

describe('findLists (web)', () => {
  it('turns bullet lines into list items and drops the bullet', () => {
    const { blocks, decisions } = findLists(
      groups('Deswegen gibt es auch andere Quellen:', '• Die anderen Parteien.', '• Die bürgerlichen Medien.', 'Danach geht es weiter.'),
      'web',
      0,
    );
    expect(summary(blocks)).toEqual([
      ['paragraph', 'Deswegen gibt es auch andere Quellen:', null],
      ['list-item', 'Die anderen Parteien.', false],
      ['list-item', 'Die bürgerlichen Medien.', false],
      ['paragraph', 'Danach geht es weiter.', null],
    ]);
    expect(decisions).toEqual([expect.objectContaining({ line: 2, kind: 'list', certain: true })]);
  });

  it('makes counting numbers an ordered list that keeps its numbering', () => {
    const { blocks } = findLists(groups('1. Höhere Löhne.', '2. Keine Entlassungen.', '3. Freie Gewerkschaften.'), 'web', 0);
    expect(blocks.map((block) => [block.list?.ordered, block.list?.number])).toEqual([
      [true, 1],
      [true, 2],
      [true, 3],
    ]);
    expect(blocks[0]?.lines[0]?.text).toBe('Höhere Löhne.');
  });

  it('makes short parallel lines with a figure a list, keeping their text', () => {
    const { blocks, decisions } = findLists(
      groups('Investitionen nach Ländern:', 'Niederlande 30,2%', 'USA 24,3%', 'Schweiz 10,9%', 'Andere Länder sind weniger wichtig.'),
      'web',
      0,
    );
    expect(summary(blocks).map(([kind]) => kind)).toEqual(['paragraph', 'list-item', 'list-item', 'list-item', 'paragraph']);
    expect(blocks[1]?.lines[0]?.text).toBe('Niederlande 30,2%');
    expect(decisions[0]).toMatchObject({ certain: true });
  });

  it('makes a chronology of dates a list, but never numbers the dates', () => {
    const { blocks } = findLists(
      groups('Das Jahr 2021:', '30. September: Streik der Kraftfahrer.', '12. Oktober: Streik der Transportarbeiter.', '3. November: Kundgebung.'),
      'web',
      0,
    );
    expect(blocks.slice(1).map((block) => [block.kind, block.list?.ordered, block.lines[0]?.text])).toEqual([
      ['list-item', false, '30. September: Streik der Kraftfahrer.'],
      ['list-item', false, '12. Oktober: Streik der Transportarbeiter.'],
      ['list-item', false, '3. November: Kundgebung.'],
    ]);
  });

  it('leaves a single line opening with a dash or star a paragraph', () => {
    const { blocks, decisions } = findLists(groups('Die Arbeiter streiken.', '* Name geändert', 'Weiter im Text.'), 'web', 0);
    expect(blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(decisions).toEqual([]);
  });

  it('leaves two ordinary paragraphs alone', () => {
    const { blocks } = findLists(groups('Die Arbeiter streiken seit Montag.', 'Die Direktion schweigt dazu bis heute.'), 'web', 0);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('findLists (PDF)', () => {
  it('splits a wrapped paragraph at its bullets; continuation lines stay with their item', () => {
    const { blocks } = findLists(groups('Die Bergleute forderten:\n• höhere Löhne und eine Zulage für die Arbeit\nunter Tage,\n• freie Gewerkschaften.'), 'pdf', 60);
    expect(summary(blocks)).toEqual([
      ['paragraph', 'Die Bergleute forderten:', null],
      ['list-item', 'höhere Löhne und eine Zulage für die Arbeit unter Tage,', false],
      ['list-item', 'freie Gewerkschaften.', false],
    ]);
  });

  it('ends the list at a short line that ends a sentence', () => {
    const { blocks, decisions } = findLists(groups('• höhere Löhne,\n• freie Gewerkschaften.\nDie Direktion lehnte alle Forderungen ab.'), 'pdf', 60);
    expect(summary(blocks).map(([kind]) => kind)).toEqual(['list-item', 'list-item', 'paragraph']);
    expect(decisions.some((decision) => !decision.certain)).toBe(true);
  });

  it('does not take a dash that wrapped to a line start for a list', () => {
    const { blocks } = findLists(groups('Es kam zu Kundgebungen, wo es sie zuvor nicht gab\n- in Petropawlowsk, Pawlodar und\nanderen Städten.'), 'pdf', 60);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph']);
  });
});

describe('openingOf', () => {
  it('tells bullets, numbers, dates and figures apart', () => {
    expect(openingOf('• Punkt')?.shape).toBe('strong-bullet');
    expect(openingOf('– Punkt')?.shape).toBe('weak-bullet');
    expect(openingOf('1) Punkt')).toMatchObject({ shape: 'number', number: 1, delimiter: ')' });
    expect(openingOf('30. September: Streik')?.shape).toBe('date');
    expect(openingOf('Handel 17%')?.shape).toBe('figure');
    expect(openingOf('Die Arbeiter streikten am Montag und am Dienstag in allen Betrieben der Stadt.')).toBeUndefined();
  });
});
