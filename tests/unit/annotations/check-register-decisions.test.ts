import { afterEach, describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/pipeline/load-edition';
import { formatProblem } from '@/lib/content/problems';
import { createFixtureEdition, type FixtureEdition } from '../../helpers/fixture-edition';

const glossary = `entries:
  - id: absatz
    kind: term
    headword: {de: Absatz, en: paragraph}
    forms: {de: [Absatz], en: [paragraph]}
    gloss: {de: Ein Absatz., en: A paragraph.}
`;
const decisions = (body: string) => `decisions:\n${body}`;
const decision = (name: string, formsDe: string, formsEn: string, extra = '') => `  - name: ${name}
    forms: {de: ${formsDe}, en: ${formsEn}}
    decision: generic
    reason: A plain word.
${extra}`;

let fixture: FixtureEdition | undefined;
afterEach(() => fixture?.remove());

function problems(decisionsFile: string): string[] {
  fixture = createFixtureEdition({ 'annotations/glossary.yaml': glossary, 'annotations/register-decisions.yaml': decisionsFile });
  // Only what the decisions check says: the fixture's glossary is not released, which is another check's warning.
  return loadEdition(fixture.root)
    .problems.filter((problem) => !problem.file.endsWith('glossary.lock.yaml'))
    .map(formatProblem);
}

describe('npm run check on annotations/register-decisions.yaml', () => {
  it('accepts decisions whose forms occur and are no glossary forms', () => {
    expect(problems(decisions(decision('Punkt', '[Punkt]', '[item]')))).toEqual([]);
  });

  it('reports a decided form that no longer occurs in the texts, at the decision’s line', () => {
    expect(problems(decisions(decision('Punkt', '[Punkt]', '[item]') + decision('Kapitel', '[Kapitel]', '[]')))).toContainEqual(
      expect.stringMatching(/^annotations\/register-decisions\.yaml:6: the de form “Kapitel” of the decision “Kapitel” does not occur as a whole word in any de text/),
    );
  });

  it('reports a form that matches only inside another word as not occurring', () => {
    expect(problems(decisions(decision('Punk', '[Punk]', '[]')))).toContainEqual(expect.stringMatching(/the de form “Punk” of the decision “Punk” does not occur as a whole word/));
  });

  it('reports a form that is both decided out and a glossary form', () => {
    expect(problems(decisions(decision('Absatz', '[Absatz]', '[]')))).toContainEqual(
      expect.stringMatching(/^annotations\/register-decisions\.yaml:2: the de form “Absatz” is decided out \(“Absatz”\) but is also a form of the glossary entry “absatz”/),
    );
  });

  it('reports a form in two decisions', () => {
    expect(problems(decisions(decision('Punkt', '[Punkt]', '[]') + decision('Noch ein Punkt', '[Punkt]', '[]')))).toContainEqual(
      expect.stringMatching(/the de form “Punkt” is in two decisions \(“Punkt” and “Noch ein Punkt”\)/),
    );
  });

  it('reports a “covered” decision without an entry and one with an unknown entry', () => {
    const covered = (name: string, entry: string) => `  - name: ${name}
    forms: {de: [${name}]}
    decision: covered
${entry}    reason: Explained there.
`;
    const found = problems(decisions(covered('Punkt', '') + covered('Absatz', '    entry: nirgendwo\n')));
    expect(found).toContainEqual(expect.stringMatching(/^annotations\/register-decisions\.yaml:2: “Punkt” is decided “covered” but names no entry/));
    expect(found).toContainEqual(expect.stringMatching(/“Absatz” refers to unknown glossary entry “nirgendwo”/));
  });

  it('reports an unknown field and a decision without forms', () => {
    const found = problems(decisions(`  - name: Punkt\n    forms: {de: [], en: []}\n    decision: generic\n    reason: x\n    why: y\n`));
    expect(found).toContainEqual(expect.stringMatching(/^annotations\/register-decisions\.yaml:\d+: unknown field “why”/));
    expect(problems(decisions(`  - name: Punkt\n    forms: {de: [], en: []}\n    decision: generic\n    reason: x\n`))).toContainEqual(
      expect.stringMatching(/^annotations\/register-decisions\.yaml:3: “decisions\.0\.forms”: a decision accounts for at least one form/),
    );
  });
});
