import { afterEach, describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/pipeline/load-edition';
import { formatProblem } from '@/lib/content/problems';
import { createFixtureEdition, type FixtureEdition } from '../../helpers/fixture-edition';

const entry = (id: string, formDe: string, formEn: string) => `  - id: ${id}
    kind: term
    headword: {de: ${formDe}, en: ${formEn}}
    forms: {de: [${formDe}], en: [${formEn}]}
    gloss: {de: Ein Wort., en: A word.}
`;
const glossary = `entries:\n${entry('absatz', 'Absatz', 'paragraph')}${entry('punkt', 'Punkt', 'item')}`;

let fixture: FixtureEdition | undefined;
afterEach(() => fixture?.remove());

function problemsWith(lock: string | null): string[] {
  fixture = createFixtureEdition({ 'annotations/glossary.yaml': glossary, 'annotations/glossary.lock.yaml': lock });
  return loadEdition(fixture.root).problems.map(formatProblem);
}

describe('released glossary entry ids (annotations/glossary.lock.yaml)', () => {
  it('accepts released ids that are entries or redirect to one', () => {
    expect(problemsWith('released: [absatz, punkt, abschnitt]\nredirects:\n  abschnitt: absatz\n')).toEqual([]);
  });

  it('reports a released id that is neither an entry nor redirected, at its line, with what to do', () => {
    expect(problemsWith('released:\n  - absatz\n  - punkt\n  - abschnitt\nredirects: {}\n')).toEqual([
      expect.stringMatching(
        /^annotations\/glossary\.lock\.yaml:4: released glossary entry “abschnitt” is no longer in annotations\/glossary\.yaml and has no redirect \(.*restore the entry, or add “abschnitt: <id/,
      ),
    ]);
  });

  it('reports a redirect to an unknown entry and a redirect from an entry that still exists', () => {
    const problems = problemsWith('released: [absatz, punkt, abschnitt]\nredirects:\n  abschnitt: kapitel\n  punkt: absatz\n');
    expect(problems).toContainEqual(expect.stringMatching(/^annotations\/glossary\.lock\.yaml:3: redirect abschnitt → kapitel: “kapitel” is not an entry/));
    expect(problems).toContainEqual(expect.stringMatching(/^annotations\/glossary\.lock\.yaml:4: “punkt” redirects to “absatz” but is still an entry/));
  });

  it('warns about entries not yet released, and reads a missing lock as nothing released', () => {
    expect(problemsWith(null)).toEqual([
      expect.stringMatching(/^annotations\/glossary\.lock\.yaml: warning: 2 glossary entry id\(s\) not yet released: absatz, punkt \(run `npm run release-anchors`/),
    ]);
  });

  it('refuses an invalid id in the lock', () => {
    expect(problemsWith('released: [Absatz]\n')).toContainEqual(expect.stringMatching(/^annotations\/glossary\.lock\.yaml:1: “released\.0”: an id is lowercase/));
  });
});
