/**
 * `npm run check` as an editor runs it: exit code 1 and `file:line: what (what to do)` for what
 * would publish damage; exit code 0 otherwise, with a note on what it could not compare.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createFixtureEdition, fixtureFiles, type FixtureEdition } from '../../helpers/fixture-edition';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');

let fixture: FixtureEdition | undefined;
afterEach(() => fixture?.remove());

function check(changes: Record<string, string>) {
  fixture = createFixtureEdition(changes);
  const result = spawnSync(process.execPath, [tsx, 'scripts/check.ts', '--root', fixture.root], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, stderr: result.stderr, stdout: result.stdout };
}

const de = fixtureFiles['texts/probe/de.md'] ?? '';

describe('npm run check', { timeout: 30_000 }, () => {
  it('exits 1 on a control character, naming file, line and column', () => {
    const { code, stderr } = check({ 'texts/probe/de.md': de.replace('Der letzte Absatz.', 'Der letzte\u0007 Absatz.') });
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(
      'texts/probe/de.md:8: a control character, U+0007, at column 11 (delete it: it is invisible and means nothing in a text (only tab and line feed are allowed))',
    );
    expect(stderr).toContain('✗ 1 error(s), 0 warning(s): the edition cannot be published until the errors are fixed.');
  });

  it('exits 1 when the last build published an id the lock has lost', () => {
    const { code, stderr } = check({
      'out/api/texts/probe.json': JSON.stringify({ anchors: { released: ['p1', 'p2', 'p3', 'p4', 'p5'] } }),
      'texts/probe/anchors.lock.yaml': 'released: [p1, p2, p3, p4]\nredirects: {}\n',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^texts\/probe\/anchors\.lock\.yaml:1: released id p5 is missing from the lock, but it was released \(published by the last build: out\/api\/texts\/probe\.json\)/mu,
    );
  });

  it('exits 1 on an original language the interface cannot name, at each line that names it, saying what to add', () => {
    const meta = (fixtureFiles['texts/probe/meta.yaml'] ?? '')
      .replace('  - {from: de, into: en, translators: edition}', '  - {from: fr, into: de, translators: edition}\n  - {from: de, into: en, translators: edition}')
      .replace('originalLanguage: de', 'originalLanguage: fr')
      .replace('  language: de', '  language: fr');
    const { code, stderr } = check({ 'texts/probe/meta.yaml': meta });
    expect(code).toBe(1);
    const problems = stderr.split('\n').filter((line) => line.includes('“fr”'));
    expect(problems.map((line) => line.split(': ')[0])).toEqual(['texts/probe/meta.yaml:8', 'texts/probe/meta.yaml:10', 'texts/probe/meta.yaml:13']);
    expect(problems[0]).toContain("add Languages.fr to messages/de.json and messages/en.json and 'fr' to languageCodes in lib/languages.ts");
  });

  it('exits 0 on a valid edition and notes that it is not a git checkout', () => {
    const { code, stderr, stdout } = check({});
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^note: released ids were not compared with the last commit \(.* is not a git checkout with a commit\); only with the last build in out\/, if there is one$/mu,
    );
    expect(stdout).toMatch(/^✓ edition checked: 1 texts, 5 blocks/mu);
  });
});
