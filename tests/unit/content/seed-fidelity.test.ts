/**
 * The German of each text is the source, word for word: the seed's words, in order, equal the words
 * of the text's header lines and blocks. Only the documented differences are allowed: the omitted
 * lines recorded in meta.yaml, list bullets (which became list markup) and the line-end hyphen splits
 * the editors joined.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/pipeline/load-edition';

const seeds = path.resolve(process.cwd(), '../shared/seeds');

/** Words that a line-end hyphen split in the source and the editors joined (editorial.md). */
const reviewedJoins = new Set(['US-amerikanische']);

function omittedLines(ranges: readonly { lines: string }[]): Set<number> {
  const lines = new Set<number>();
  for (const { lines: range } of ranges) {
    const [from, to = from] = range.split('-').map(Number);
    for (let line = from ?? 0; line <= (to ?? 0); line += 1) lines.add(line);
  }
  return lines;
}

function words(value: string): string[] {
  return value.split(/\s+/u).filter((word) => word !== '');
}

/** The seed's words, after the documented joins of hyphen splits (and only those). */
function seedWords(source: string, omitted: Set<number>): string[] {
  const raw = source
    .split('\n')
    .filter((_, index) => !omitted.has(index + 1))
    .flatMap(words)
    .filter((word) => word !== '•');
  const joined: string[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    const word = raw[index] ?? '';
    const next = raw[index + 1];
    if (word.endsWith('-') && next !== undefined && reviewedJoins.has(word + next)) {
      joined.push(word + next);
      index += 1;
    } else joined.push(word);
  }
  return joined;
}

const { edition, problems } = loadEdition(process.cwd());

describe('the German text equals its source word for word', () => {
  it('loads the edition', () => {
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  for (const text of edition?.texts ?? []) {
    it(`${text.slug}: every word of ${text.meta.source.file}, in order`, () => {
      const source = readFileSync(path.join(seeds, text.meta.source.file), 'utf8');
      const german = text.versions.find((version) => version.lang === 'de');
      const editionWords = [...text.meta.source.header.flatMap(words), ...(german?.blocks ?? []).flatMap((block) => words(block.text))];
      const expected = seedWords(source, omittedLines(text.meta.source.omitted));
      const firstDifference = expected.findIndex((word, index) => editionWords[index] !== word);
      const context = (list: string[], at: number) => list.slice(Math.max(0, at - 5), at + 5).join(' ');
      expect(
        firstDifference === -1 ? 'equal' : `word ${firstDifference}: source “${context(expected, firstDifference)}” vs edition “${context(editionWords, firstDifference)}”`,
      ).toBe('equal');
      expect(editionWords.length).toBe(expected.length);
    });
  }

  it('keeps the suspended hyphen of “Nord- und Ostkasachstans” and joins “US-amerikanische”', () => {
    const text = edition?.texts.find((candidate) => candidate.slug === 'januar-aufstand');
    const german = text?.versions[0]?.blocks.map((block) => block.text).join(' ') ?? '';
    expect(german).toContain('Nord- und Ostkasachstans');
    expect(german).toContain('seit 1993 US-amerikanische und europäische Unternehmen');
  });

  it('leaves out the Aktuelles tail of hintergruende and records it in the metadata', () => {
    const text = edition?.texts.find((candidate) => candidate.slug === 'hintergruende');
    const german = text?.versions[0]?.blocks.map((block) => block.text).join(' ') ?? '';
    expect(text?.versions[0]?.blocks.at(-1)?.text).toBe('Das dürfen wir nicht vergessen.');
    expect(german).not.toContain('Aktuelles');
    expect(text?.meta.source.omitted).toEqual([{ lines: '210-226', reason: 'navigation' }]);
    expect(text?.meta.editionNotes.de).toContain('Aktuelles');
  });
});
