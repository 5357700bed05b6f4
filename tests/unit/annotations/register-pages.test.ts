import { afterEach, describe, expect, it } from 'vitest';
import { lineMatches } from '@/client/register-filter';
import { normalise } from '@/client/search-logic';
import { notesMentioning, occurrencesByText } from '@/lib/annotations/entry-page';
import type { Occurrence } from '@/lib/annotations/register';
import { entriesByLetter, indexLetter, shortGloss } from '@/lib/annotations/register-index';
import { loadEdition } from '@/lib/pipeline/load-edition';
import type { Text } from '@/lib/content/model';
import type { GlossaryEntry } from '@/lib/content/schema';
import { createFixtureEdition, type FixtureEdition } from '../../helpers/fixture-edition';

const entry = (id: string, de: string, en: string): GlossaryEntry => ({
  id,
  kind: 'place',
  headword: { de, en },
  forms: { de: [de], en: [en] },
  aka: [],
  gloss: { de: 'Ein Ort.', en: 'A place.' },
  related: [],
  sources: [],
  mark: 'first',
});

describe('shortGloss: the first sentence of a gloss, as plain text', () => {
  it('takes the first sentence and drops the Markdown', () => {
    expect(shortGloss('Ein *Ort* in [Kasachstan](https://example.org). Noch ein Satz.', 'de')).toBe('Ein Ort in Kasachstan.');
  });

  it('keeps a German ordinal and an abbreviation inside the sentence', () => {
    expect(shortGloss('Am 16. Dezember 2011 schoss die Polizei. Danach mehr.', 'de')).toBe('Am 16. Dezember 2011 schoss die Polizei.');
    expect(shortGloss('Kasachischer Politiker (geb. 1940). Präsident.', 'de')).toBe('Kasachischer Politiker (geb. 1940).');
  });

  it('cuts a long sentence at a word, with an ellipsis', () => {
    const gloss = shortGloss(`${'word '.repeat(60)}end.`, 'en', 40);
    expect(gloss.length).toBeLessThanOrEqual(42);
    expect(gloss).toMatch(/^word( word)* …$/);
  });
});

describe('the index, A–Z', () => {
  it('files a headword under its first letter without diacritics, anything else under #', () => {
    expect(indexLetter('Öskemen')).toBe('O');
    expect(indexLetter('„offen-siv“')).toBe('#');
  });

  it('sorts by the headword in the reader’s language and groups by letter', () => {
    const glossary = [entry('b', 'Bern', 'Berne'), entry('a', 'Zürich', 'Zurich'), entry('o', 'Österreich', 'Austria')];
    expect(entriesByLetter(glossary, 'de').map((group) => [group.letter, group.entries.map((item) => item.id)])).toEqual([
      ['B', ['b']],
      ['O', ['o']],
      ['Z', ['a']],
    ]);
    expect(entriesByLetter(glossary, 'en').map((group) => group.letter)).toEqual(['A', 'B', 'Z']);
  });

  it('filters a line by every word typed, in its names or its text', () => {
    const names = ['Schangaösen', 'Zhanaozen'].map(normalise).join('|');
    expect(lineMatches(['schangaosen'], names, 'Zhanaozen Ort Ölstadt')).toBe(true);
    expect(lineMatches(['olstadt', 'zhan'], names, 'Zhanaozen Ort Ölstadt')).toBe(true);
    expect(lineMatches(['aktau'], names, 'Zhanaozen Ort Ölstadt')).toBe(false);
  });
});

const occurrence = (block: string, lang: 'de' | 'en', match: string): Occurrence => ({ text: 'probe', block, lang, form: match, excerpt: { before: '… ', match, after: ' …' } });

describe('an entry’s occurrences, one line per paragraph', () => {
  const text = { slug: 'probe', versions: [{ lang: 'de', file: '', blocks: ['p1', 'p2', 'p3'].map((id) => ({ id })) }] } as unknown as Text;

  it('groups by text and paragraph in reading order, counting the hits in the reader’s language', () => {
    const [group] = occurrencesByText([text], [occurrence('p3', 'de', 'Ort'), occurrence('p1', 'en', 'place'), occurrence('p1', 'de', 'Ort'), occurrence('p1', 'en', 'place')], 'en');
    expect(group?.paragraphs.map(({ block, lang, count }) => [block, lang, count])).toEqual([
      ['p1', 'en', 2],
      ['p3', 'de', 1],
    ]);
  });

  it('leaves out texts where the entry does not occur', () => {
    expect(occurrencesByText([text], [], 'de')).toEqual([]);
  });
});

let fixture: FixtureEdition | undefined;
afterEach(() => fixture?.remove());

describe('the notes that mention an entry', () => {
  it('finds a note by a form in its quote or in its body, in either language, as whole words', () => {
    fixture = createFixtureEdition({
      'annotations/glossary.yaml': `entries:
  - id: absatz
    kind: term
    headword: {de: Absatz, en: paragraph}
    forms: {de: [Absatz], en: [paragraph]}
    gloss: {de: Ein Wort., en: A word.}
  - id: punkt
    kind: term
    headword: {de: Punkt, en: item}
    forms: {de: [Punkt], en: [item]}
    gloss: {de: Ein Wort., en: A word.}
`,
      'annotations/glossary.lock.yaml': 'released: [absatz, punkt]\n',
      'annotations/notes/probe.yaml': `notes:
  - id: erster
    block: p2
    kind: context
    quote: {de: erste Absatz, en: first paragraph}
    body: {de: Eine Anmerkung., en: A note.}
  - id: letzter
    block: p5
    kind: context
    quote: {de: letzte, en: last}
    body: {de: Wie jeder Punkt., en: Like every item.}
  - id: nichts
    block: p4
    kind: context
    quote: {de: Noch, en: Another}
    body: {de: Absätze und Punkte zählen nicht., en: Paragraphs and items do not count.}
`,
    });
    const { edition, problems } = loadEdition(fixture.root);
    expect(problems).toEqual([]);
    if (!edition) return;
    const ids = (id: string) => notesMentioning(edition, edition.glossary.find((candidate) => candidate.id === id) ?? entry(id, id, id)).map(({ note }) => note.id);
    expect(ids('absatz')).toEqual(['erster']);
    expect(ids('punkt')).toEqual(['letzter']);
  });
});
