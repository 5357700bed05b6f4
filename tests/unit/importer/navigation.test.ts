import { describe, expect, it } from 'vitest';
import { cutNavigationTail } from '../../../lib/importer/navigation';
import type { LineGroup } from '../../../lib/importer/types';

function groups(...texts: string[]): LineGroup[] {
  return texts.map((text, index) => ({ lines: [{ n: index * 2 + 1, text, indent: 0 }] }));
}

const article = [
  'Die Hafenarbeiter legten am Montag die Arbeit nieder.',
  'Sie fordern höhere Löhne und einen freien Samstag im Monat.',
  'Die Direktion will am Donnerstag verhandeln.',
  'Das dürfen wir nicht vergessen.',
];

describe('cutNavigationTail', () => {
  it('cuts a navigation heading and the teasers after it, with the line range', () => {
    const { rest, omitted, decisions } = cutNavigationTail(groups(...article, 'Aktuelles', 'Neue Proteste in Schanaösen', 'Die Regierung reagiert auf die Streiks mit Härte.'));
    expect(rest).toHaveLength(4);
    expect(omitted).toEqual({ lines: '9-13', reason: 'navigation' });
    expect(decisions).toEqual([expect.objectContaining({ line: 9, kind: 'navigation', certain: true })]);
  });

  it('knows other navigation headings, with or without a colon', () => {
    for (const heading of ['Das könnte Sie auch interessieren', 'Mehr zum Thema:', 'Weitere Artikel', 'Related']) {
      expect(cutNavigationTail(groups(...article, heading, 'Ein Anreißer')).omitted).toBeDefined();
    }
  });

  it('leaves a text without navigation alone', () => {
    const result = cutNavigationTail(groups(...article));
    expect(result.rest).toHaveLength(4);
    expect(result.omitted).toBeUndefined();
    expect(result.decisions).toEqual([]);
  });

  it('does not cut when what follows is long text, not teasers', () => {
    const long = 'Die Streikenden versammelten sich erneut. '.repeat(20);
    const result = cutNavigationTail(groups(...article, 'Aktuelles', long));
    expect(result.rest).toHaveLength(6);
    expect(result.omitted).toBeUndefined();
    expect(result.decisions[0]).toMatchObject({ certain: false });
  });

  it('ignores a navigation word in the first half of the text', () => {
    expect(cutNavigationTail(groups('Aktuelles', ...article, ...article)).omitted).toBeUndefined();
  });
});
