import { afterEach, describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/pipeline/load-edition';
import { formatProblem } from '@/lib/content/problems';
import { createFixtureEdition, fixtureFiles, type FixtureEdition } from '../../helpers/fixture-edition';

let fixture: FixtureEdition | undefined;
afterEach(() => fixture?.remove());

/** Loads the fixture edition with some files changed and returns its problems as printed lines. */
function problemsWith(changes: Record<string, string | null>): string[] {
  fixture = createFixtureEdition(changes);
  return loadEdition(fixture.root).problems.map(formatProblem);
}

const de = fixtureFiles['texts/probe/de.md'] ?? '';
const en = fixtureFiles['texts/probe/en.md'] ?? '';
const meta = fixtureFiles['texts/probe/meta.yaml'] ?? '';

describe('the content gateway on a valid edition', () => {
  it('loads texts, versions and blocks with their plain text', () => {
    fixture = createFixtureEdition();
    const { edition, problems } = loadEdition(fixture.root);
    expect(problems).toEqual([]);
    const text = edition?.texts[0];
    expect(text?.slug).toBe('probe');
    expect(text?.versions.map((version) => version.lang)).toEqual(['de', 'en']);
    expect(text?.versions[0]?.blocks.map((block) => [block.id, block.kind, block.text])).toEqual([
      ['p1', 'heading', 'Erste Überschrift'],
      ['p2', 'paragraph', 'Der erste Absatz mit 40.000 Arbeiter:innen.'],
      ['p3', 'item', 'Ein Punkt'],
      ['p4', 'item', 'Noch ein Punkt'],
      ['p5', 'paragraph', 'Der letzte Absatz.'],
    ]);
    expect(text?.versions[0]?.blocks[2]?.list).toEqual({ key: 'p3', ordered: false });
  });
});

describe('the content gateway refuses a broken edition with file, line and what to do', () => {
  it('reports malformed YAML metadata at its line', () => {
    const problems = problemsWith({ 'texts/probe/meta.yaml': meta.replace('languages: [de, en]', 'languages: [de, en') });
    expect(problems.join('\n')).toMatch(/^texts\/probe\/meta\.yaml:\d+: YAML syntax/m);
  });

  it('reports an unknown field in the metadata at its line', () => {
    const problems = problemsWith({ 'texts/probe/meta.yaml': `${meta}colour: blue\n` });
    expect(problems).toContainEqual(expect.stringMatching(/^texts\/probe\/meta\.yaml:24: unknown field “colour”/));
  });

  it('reports a translation chain that does not start at the original or misses a version', () => {
    const wrongStart = problemsWith({ 'texts/probe/meta.yaml': meta.replace('{from: de, into: en, translators: edition}', '{from: ru, into: en, translators: edition}') });
    expect(wrongStart).toContainEqual(expect.stringMatching(/^texts\/probe\/meta\.yaml:8: “translations\.0\.from”: .*must translate from de/));
    const missing = problemsWith({ 'texts/probe/meta.yaml': meta.replace('translations:\n  - {from: de, into: en, translators: edition}\n', '') });
    expect(missing).toContainEqual(expect.stringMatching(/^texts\/probe\/meta\.yaml:\d+: .*the en version needs exactly one step in translations/));
  });

  it('reports a missing required field', () => {
    const problems = problemsWith({ 'texts/probe/meta.yaml': meta.replace('summary: {de: Eine Probe., en: A sample.}\n', '') });
    expect(problems).toContainEqual(expect.stringMatching(/^texts\/probe\/meta\.yaml:\d+: “summary”: .*expected object/));
  });

  it('reports a block without an id', () => {
    const problems = problemsWith({ 'texts/probe/de.md': de.replace('Der letzte Absatz. {#p5}', 'Der letzte Absatz.') });
    expect(problems).toContainEqual(expect.stringMatching(/^texts\/probe\/de\.md:8: this paragraph has no id \(end the block with an id marker/));
  });

  it('reports an invalid id', () => {
    const problems = problemsWith({ 'texts/probe/de.md': de.replace('{#p5}', '{#p-5}') });
    expect(problems).toContainEqual(expect.stringMatching(/^texts\/probe\/de\.md:8: “p-5” is not a valid block id/));
  });

  it('reports a duplicate id with both lines', () => {
    const problems = problemsWith({ 'texts/probe/de.md': de.replace('{#p5}', '{#p2}'), 'texts/probe/en.md': en.replace('{#p5}', '{#p2}') });
    expect(problems).toContainEqual('texts/probe/de.md:8: id p2 is used twice (first on line 3) (give the later block a new id; ids are never shared)');
  });

  it('reports an empty block', () => {
    const problems = problemsWith({ 'texts/probe/de.md': de.replace('Der letzte Absatz. {#p5}', '{#p5}') });
    expect(problems).toContainEqual(expect.stringMatching(/^texts\/probe\/de\.md:8: block p5 is empty/));
  });

  it('reports an id present in one language and missing in another', () => {
    const problems = problemsWith({ 'texts/probe/en.md': en.replace('\nThe last paragraph. {#p5}\n', '') });
    expect(problems).toContainEqual(expect.stringMatching(/^texts\/probe\/en\.md: block p5 \(texts\/probe\/de\.md:8\) has no en counterpart/));
  });

  it('reports an id that exists only in a translation', () => {
    const problems = problemsWith({ 'texts/probe/en.md': `${en}\nAn extra paragraph. {#p6}\n` });
    expect(problems).toContainEqual(expect.stringMatching(/^texts\/probe\/en\.md:10: block p6 does not exist in texts\/probe\/de\.md/));
  });

  it('reports blocks in a different order across languages', () => {
    const swapped = en.replace(
      '## First heading {#p1}\n\nThe first paragraph with 40,000 workers. {#p2}',
      'The first paragraph with 40,000 workers. {#p2}\n\n## First heading {#p1}',
    );
    const problems = problemsWith({ 'texts/probe/en.md': swapped });
    expect(problems).toContainEqual(expect.stringMatching(/^texts\/probe\/en\.md:1: blocks are in a different order than in texts\/probe\/de\.md: p2 stands where p1 should/));
  });

  it('reports a block whose kind differs across languages', () => {
    const problems = problemsWith({ 'texts/probe/en.md': en.replace('## First heading {#p1}', 'First heading {#p1}') });
    expect(problems).toContainEqual(expect.stringMatching(/^texts\/probe\/en\.md:1: block p1 is a paragraph here but a level-2 heading/));
  });

  it('reports a released id that was removed without a redirect', () => {
    const problems = problemsWith({
      'texts/probe/de.md': de.replace('\nDer letzte Absatz. {#p5}\n', ''),
      'texts/probe/en.md': en.replace('\nThe last paragraph. {#p5}\n', ''),
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/^texts\/probe\/anchors\.lock\.yaml:1: released id p5 no longer exists .* and has no redirect \(a released id must keep resolving/),
    );
  });

  it('accepts a removed released id that redirects to the blocks that replaced it', () => {
    const problems = problemsWith({
      'texts/probe/de.md': de.replace('Der letzte Absatz. {#p5}', 'Der letzte {#p5a}\n\nAbsatz. {#p5b}'),
      'texts/probe/en.md': en.replace('The last paragraph. {#p5}', 'The last {#p5a}\n\nparagraph. {#p5b}'),
      'texts/probe/anchors.lock.yaml': 'released: [p1, p2, p3, p4, p5, p5a, p5b]\nredirects:\n  p5: [p5a, p5b]\n',
    });
    expect(problems).toEqual([]);
  });

  it('reports a redirect to a block that does not exist', () => {
    const problems = problemsWith({
      'texts/probe/de.md': de.replace('\nDer letzte Absatz. {#p5}\n', ''),
      'texts/probe/en.md': en.replace('\nThe last paragraph. {#p5}\n', ''),
      'texts/probe/anchors.lock.yaml': 'released: [p1, p2, p3, p4, p5]\nredirects:\n  p5: [p9]\n',
    });
    expect(problems).toContainEqual(expect.stringMatching(/^texts\/probe\/anchors\.lock\.yaml:3: redirect p5 → p9: p9 is not a block/));
  });

  it('warns about ids not yet released, without failing', () => {
    fixture = createFixtureEdition({ 'texts/probe/anchors.lock.yaml': 'released: [p1, p2, p3]\n' });
    const { edition, problems } = loadEdition(fixture.root);
    expect(edition).toBeDefined();
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/warning: 2 id\(s\) not yet released: p4, p5/)]);
  });

  it('reports messages files with different keys, at the line of the key', () => {
    const problems = problemsWith({ 'messages/en.json': '{\n  "Nav": { "library": "Texts", "about": "About" },\n  "Languages": { "de": "German", "en": "English" }\n}\n' });
    expect(problems).toContainEqual('messages/en.json:2: message “Nav.about” is missing from messages/de.json (add “Nav.about” to messages/de.json, or remove it here)');
  });

  it('reports a language file that meta.yaml does not declare, and a declared one that is missing', () => {
    expect(problemsWith({ 'texts/probe/meta.yaml': meta.replace('languages: [de, en]', 'languages: [de]') })).toContainEqual(
      expect.stringMatching(/^texts\/probe\/en\.md: the en version exists but meta\.yaml does not declare it/),
    );
    expect(problemsWith({ 'texts/probe/en.md': null })).toContainEqual(
      expect.stringMatching(/^texts\/probe\/meta\.yaml: meta\.yaml declares the en version but texts\/probe\/en\.md is missing/),
    );
  });

  it('reports a file the source format does not know, and a slug that differs from its folder', () => {
    expect(problemsWith({ 'texts/probe/fr.md': 'Bonjour {#p1}\n' })).toContainEqual(expect.stringMatching(/^texts\/probe\/fr\.md: a file the source format does not know/));
    expect(problemsWith({ 'texts/probe/meta.yaml': meta.replace('slug: probe', 'slug: sonde') })).toContainEqual(
      expect.stringMatching(/^texts\/probe\/meta\.yaml:2: slug “sonde” differs from the folder name “probe”/),
    );
  });

  it('reports every problem at once', () => {
    const problems = problemsWith({
      'texts/probe/de.md': de.replace('{#p5}', '{#p-5}'),
      'messages/en.json': '{ "Nav": { "library": "Texts", "extra": "x" }, "Languages": { "de": "German", "en": "English" } }',
    });
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the glossary’s marking policy', () => {
  const glossary = (mark: string) => `entries:
  - id: absatz
    kind: term
    headword: {de: Absatz, en: paragraph}
    forms: {de: [Absatz], en: [paragraph]}
    gloss: {de: Ein Textblock., en: A block of text.}
    mark: ${mark}
`;

  it('accepts first, section, every and never, and defaults to first', () => {
    for (const mark of ['first', 'section', 'every', 'never']) {
      expect(problemsWith({ 'annotations/glossary.yaml': glossary(mark) })).toEqual([]);
      fixture?.remove();
    }
    fixture = createFixtureEdition({ 'annotations/glossary.yaml': glossary('first').replace('    mark: first\n', '') });
    expect(loadEdition(fixture.root).edition?.glossary[0]?.mark).toBe('first');
  });

  it('reports any other value at its line, naming the allowed ones', () => {
    expect(problemsWith({ 'annotations/glossary.yaml': glossary('sometimes') })).toContainEqual(
      expect.stringMatching(/^annotations\/glossary\.yaml:7: .*mark is one of first, section, every, never/),
    );
  });
});
