import { toHtml } from 'hast-util-to-html';
import { afterEach, describe, expect, it } from 'vitest';
import { annotateText } from '@/lib/annotations/annotate-text';
import { loadEdition } from '@/lib/pipeline/load-edition';
import { formatProblem } from '@/lib/content/problems';
import { parseVersion } from '@/lib/markdown/parse-version';
import { proseToHast } from '@/lib/markdown/prose-to-hast';
import { createFixtureEdition, type FixtureEdition } from '../../helpers/fixture-edition';

const glossary = (entries: string) => `entries:\n${entries}`;
const entry = (id: string, formsDe: string, formsEn: string, related = '[]') => `  - id: ${id}
    kind: place
    headword: {de: ${id}, en: ${id}}
    forms: {de: ${formsDe}, en: ${formsEn}}
    gloss: {de: Ein Ort., en: A place.}
    related: ${related}
`;
const notes = (body: string) => `notes:\n${body}`;
const note = (id: string, block: string, de: string, en: string, bodyDe = 'Eine Anmerkung.', bodyEn = 'A note.') => `  - id: ${id}
    block: ${block}
    kind: context
    quote: {de: "${de}", en: "${en}"}
    body:
      de: "${bodyDe}"
      en: "${bodyEn}"
`;

let fixture: FixtureEdition | undefined;
afterEach(() => fixture?.remove());

function problems(files: Record<string, string>): string[] {
  fixture = createFixtureEdition(files);
  return loadEdition(fixture.root).problems.map(formatProblem);
}

describe('npm run check on annotations', () => {
  it('accepts valid glossary entries and notes', () => {
    expect(
      problems({
        'annotations/glossary.yaml': glossary(entry('absatz', '[Absatz]', '[paragraph]')),
        'annotations/glossary.lock.yaml': 'released: [absatz]\n',
        'annotations/notes/probe.yaml': notes(note('erster', 'p2', 'erste Absatz', 'first paragraph')),
      }),
    ).toEqual([]);
  });

  it('reports a quote that is not found, at the note’s line', () => {
    expect(problems({ 'annotations/notes/probe.yaml': notes(note('n', 'p2', 'gibt es nicht', 'first paragraph')) })).toContainEqual(
      expect.stringMatching(/^annotations\/notes\/probe\.yaml:2: the quote of note “n” is not in block p2: “gibt es nicht” \(de\)/),
    );
  });

  it('reports a quote found more than once without a choice', () => {
    expect(problems({ 'annotations/notes/probe.yaml': notes(note('n', 'p3', 'n', 'One')) })).toContainEqual(
      expect.stringMatching(/^annotations\/notes\/probe\.yaml:2: the quote of note “n” occurs \d times in block p3 \(de\)/),
    );
  });

  it('reports an unknown block id', () => {
    expect(problems({ 'annotations/notes/probe.yaml': notes(note('n', 'p9', 'x', 'y')) })).toContainEqual(
      expect.stringMatching(/^annotations\/notes\/probe\.yaml:2: note “n” is anchored to unknown block p9/),
    );
  });

  it('reports two notes that overlap without nesting', () => {
    expect(problems({ 'annotations/notes/probe.yaml': notes(note('a', 'p2', 'erste Absatz', 'first paragraph') + note('b', 'p2', 'Absatz mit', 'paragraph with')) })).toContainEqual(
      expect.stringMatching(/^annotations\/notes\/probe\.yaml:\d+: note “b” overlaps note “a” in block p2 without one containing the other/),
    );
  });

  it('reports an unknown glossary id in related', () => {
    expect(problems({ 'annotations/glossary.yaml': glossary(entry('absatz', '[Absatz]', '[paragraph]', '[nirgendwo]')) })).toContainEqual(
      expect.stringMatching(/^annotations\/glossary\.yaml:2: entry “absatz” relates to unknown entry “nirgendwo”/),
    );
  });

  it('reports a form that matches only inside another word, and one that does not occur', () => {
    expect(problems({ 'annotations/glossary.yaml': glossary(entry('punkt', '[Punk]', '[item]')) })).toContainEqual(
      expect.stringMatching(/^annotations\/glossary\.yaml:2: the de form “Punk” of “punkt” matches only inside another word \(“Punkt”\)/),
    );
    expect(problems({ 'annotations/glossary.yaml': glossary(entry('punkt', '[Punkt]', '[dot]')) })).toContainEqual(
      expect.stringMatching(/^annotations\/glossary\.yaml:2: the en form “dot” of “punkt” does not occur in any en text/),
    );
  });

  it('reports a note body with raw HTML or a javascript: link, at the line of the body', () => {
    const found = problems({
      'annotations/notes/probe.yaml': notes(note('n', 'p2', 'erste Absatz', 'first paragraph', '<script>alert(1)</script>', '[klick](javascript:alert(1))')),
    });
    expect(found).toContainEqual(expect.stringMatching(/^annotations\/notes\/probe\.yaml:7: the de body of note “n”: raw HTML in editorial prose/));
    expect(found).toContainEqual(expect.stringMatching(/^annotations\/notes\/probe\.yaml:8: the en body of note “n”: a link to “javascript:alert\(1\)”/));
  });

  it('reports a gloss with raw HTML at the line of the gloss', () => {
    const withHtml = entry('absatz', '[Absatz]', '[paragraph]').replace('gloss: {de: Ein Ort., en: A place.}', 'gloss:\n      de: Ein <b>Ort</b>.\n      en: A place.');
    expect(problems({ 'annotations/glossary.yaml': glossary(withHtml) })).toContainEqual(
      expect.stringMatching(/^annotations\/glossary\.yaml:7: the de gloss of “absatz”: raw HTML in editorial prose/u),
    );
  });

  it('reports a text: link to a block that does not exist', () => {
    expect(problems({ 'annotations/notes/probe.yaml': notes(note('n', 'p2', 'erste Absatz', 'first paragraph', '[Abs. 9](text:probe#p9)')) })).toContainEqual(
      expect.stringMatching(/a link to block p9, which probe does not have/),
    );
  });
});

describe('nothing from a text or a note ever runs as script', () => {
  const attacks = ['<script>alert(1)</script>', '<img src=x onerror="alert(1)">', '<iframe src="https://evil.example"></iframe>', '[klick](javascript:alert(1))'];

  it('npm run check reports each attack in a text', () => {
    for (const attack of attacks) {
      expect(problems({ 'texts/probe/de.md': `${attack} Der erste Absatz mit 40.000 Arbeiter:innen. {#p2}\n` }).join('\n'), attack).toMatch(/raw HTML is not allowed|a link to “javascript:/);
    }
  });

  it('the pages’ pipeline drops them all, in texts and in notes', () => {
    fixture = createFixtureEdition({ 'annotations/notes/probe.yaml': notes(note('n', 'p2', 'erste Absatz', 'first paragraph')) });
    const edition = loadEdition(fixture.root).edition;
    const text = edition?.texts[0];
    const german = text?.versions[0];
    if (!edition || !text || !german) throw new Error('fixture did not load');
    for (const attack of attacks) {
      // What would reach a page if a text slipped past the check: the same pipeline the pages use.
      const blocks = parseVersion(`${attack} Der erste Absatz. {#p2}\n`, 'attack.md').blocks.map((block) => ({ ...block, text: '' }));
      const attacked = { ...text, versions: [{ ...german, blocks }], notes: [] };
      const html = [...annotateText(attacked, edition.glossary).versions[0]!.elements.values()].map((element) => toHtml(element)).join('');
      expect(html, attack).not.toMatch(/<script|onerror|<iframe|javascript:/i);
      expect(toHtml(proseToHast(attack, 'de')), attack).not.toMatch(/<script|onerror|<iframe|javascript:/i);
    }
  });

  it('a note body with an attack renders as harmless text', () => {
    fixture = createFixtureEdition({ 'annotations/notes/probe.yaml': notes(note('n', 'p2', 'erste Absatz', 'first paragraph')) });
    const edition = loadEdition(fixture.root).edition;
    const text = edition?.texts[0];
    if (!edition || !text) throw new Error('fixture did not load');
    const annotated = annotateText(text, edition.glossary);
    expect(annotated.notes[0]?.number).toBe(1);
    for (const attack of attacks) expect(toHtml(proseToHast(attack, 'en'))).not.toMatch(/<script|onerror|<iframe|javascript:/i);
  });
});
