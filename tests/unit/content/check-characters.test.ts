/**
 * npm run check refuses what a reader cannot see: a source file that is not UTF-8, control
 * characters, replacement characters, bidi controls and zero-width characters — each at its
 * file:line, with what to do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkCharacters, decodeUtf8Source } from '@/lib/content/check-characters';
import { loadEdition } from '@/lib/pipeline/load-edition';
import { formatProblem } from '@/lib/content/problems';
import { createFixtureEdition, fixtureFiles, type FixtureEdition } from '../../helpers/fixture-edition';

let fixture: FixtureEdition | undefined;
afterEach(() => fixture?.remove());

const de = fixtureFiles['texts/probe/de.md'] ?? '';
const en = fixtureFiles['texts/probe/en.md'] ?? '';

function problemsWith(changes: Record<string, string>): { printed: string[]; published: boolean } {
  fixture = createFixtureEdition(changes);
  const { edition, problems } = loadEdition(fixture.root);
  return { printed: problems.map(formatProblem), published: edition !== undefined };
}

describe('npm run check on the characters of the sources', () => {
  it('refuses a de.md saved as Windows-1252, naming the file and the line of the first bad byte, and nothing else', () => {
    fixture = createFixtureEdition();
    fixture.writeBytes('texts/probe/de.md', Buffer.from(de, 'latin1'));
    const { edition, problems } = loadEdition(fixture.root);
    expect(edition).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'texts/probe/de.md:1: the file is not valid UTF-8: byte 0xdc at column 10 (it was probably saved as Windows-1252 or ISO-8859-1) (save the file as UTF-8 in your editor, or convert it: iconv -f windows-1252 -t utf-8)',
    ]);
  });

  it('refuses a NUL byte in a German block', () => {
    const { printed, published } = problemsWith({ 'texts/probe/de.md': de.replace('Der letzte Absatz.', 'Der letzte Absatz.\u0000') });
    expect(published).toBe(false);
    expect(printed).toEqual([
      'texts/probe/de.md:8: a control character, U+0000, at column 19 (delete it: it is invisible and means nothing in a text (only tab and line feed are allowed))',
    ]);
  });

  it('refuses a bell character in an English block', () => {
    const { printed, published } = problemsWith({ 'texts/probe/en.md': en.replace('The last', 'The\u0007 last') });
    expect(published).toBe(false);
    expect(printed).toEqual([
      'texts/probe/en.md:8: a control character, U+0007, at column 4 (delete it: it is invisible and means nothing in a text (only tab and line feed are allowed))',
    ]);
  });

  it.each([
    [
      'a replacement character',
      'Beh\ufffdrde',
      'a replacement character “�” (a letter lost when the text was converted between encodings), U+FFFD, at column 4 (put back the letter it stands for, from the original source)',
    ],
    [
      'a bidi override',
      'Der \u202eAbsatz',
      'an invisible bidi control (an embedding, override, isolate or direction mark), U+202E, at column 5 (delete it: it can reorder what a reader sees; the edition sets text direction itself)',
    ],
    [
      'a zero-width space inside a word',
      'Ab\u200bsatz',
      'an invisible zero-width space, word joiner or byte-order mark inside the text, U+200B, at column 3 (delete it: it splits or joins words invisibly and breaks search and glossary matching)',
    ],
    [
      'a byte-order mark inside the text',
      'Ab\ufeffsatz',
      'an invisible zero-width space, word joiner or byte-order mark inside the text, U+FEFF, at column 3 (delete it: it splits or joins words invisibly and breaks search and glossary matching)',
    ],
  ])('refuses %s', (_name, inserted, message) => {
    const { printed } = problemsWith({ 'texts/probe/de.md': de.replace('Der letzte Absatz.', `${inserted} der letzte.`) });
    expect(printed).toEqual([`texts/probe/de.md:8: ${message}`]);
  });

  it('checks annotations and messages too', () => {
    const messages = (fixtureFiles['messages/en.json'] ?? '').replace('"Texts"', '"Te\u0085xts"');
    expect(problemsWith({ 'messages/en.json': messages }).printed).toEqual([
      'messages/en.json:2: a control character, U+0085, at column 26 (delete it: it is invisible and means nothing in a text (only tab and line feed are allowed))',
    ]);
  });

  it('accepts tabs, Windows line ends and a byte-order mark at the very start', () => {
    expect(checkCharacters('x.md', 'a\tb\r\nc\n')).toEqual([]);
    expect(decodeUtf8Source('x.md', Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
  });

  it('counts further characters of the same kind on a line', () => {
    expect(checkCharacters('x.md', 'a\u0001b\u0002c').map(formatProblem)).toEqual([
      'x.md:1: a control character, U+0001, at column 2 (and 1 more on this line) (delete it: it is invisible and means nothing in a text (only tab and line feed are allowed))',
    ]);
  });
});

describe('npm run check on messages/*.json', () => {
  it('names the line and column of a JSON syntax error', () => {
    const broken = (fixtureFiles['messages/de.json'] ?? '').replace('"Texte" }', ' }');
    expect(problemsWith({ 'messages/de.json': broken }).printed).toEqual([
      "messages/de.json:2: invalid JSON at column 24: Unexpected token '}' here (fix the JSON syntax: keys and strings in double quotes, a comma between entries, none after the last)",
    ]);
  });

  it('names the line of a missing comma', () => {
    const broken = (fixtureFiles['messages/de.json'] ?? '').replace('"Texte" },', '"Texte" }');
    expect(problemsWith({ 'messages/de.json': broken }).printed).toEqual([
      "messages/de.json:3: invalid JSON at column 3: Expected ',' or '}' after property value (fix the JSON syntax: keys and strings in double quotes, a comma between entries, none after the last)",
    ]);
  });
});
