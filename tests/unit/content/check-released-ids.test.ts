/**
 * An id once released resolves for ever: npm run check compares each lock with the last commit's
 * (a temporary git repository here) and with the ids the last build published, and refuses an id
 * that went missing — alone or together with its block — with how to redirect it instead.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEdition } from '@/lib/pipeline/load-edition';
import { formatProblem } from '@/lib/content/problems';
import { createFixtureEdition, fixtureFiles, type FixtureEdition } from '../../helpers/fixture-edition';

let fixture: FixtureEdition | undefined;
afterEach(() => fixture?.remove());

const de = fixtureFiles['texts/probe/de.md'] ?? '';
const en = fixtureFiles['texts/probe/en.md'] ?? '';

/** The fixture edition, committed (all of it, or only `paths`) in a git repository of its own. */
function committedEdition(paths: string[] = ['-A']): FixtureEdition {
  const edition = createFixtureEdition();
  const git = (...args: string[]) => execFileSync('git', ['-C', edition.root, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { stdio: 'pipe' });
  git('init', '-q');
  git('add', ...paths);
  git('commit', '-q', '-m', 'release p1-p5');
  return edition;
}

function check(): { printed: string[]; notes: string[]; published: boolean } {
  const { edition, problems, notes = [] } = loadEdition(fixture?.root ?? '');
  return { printed: problems.map(formatProblem), notes, published: edition !== undefined };
}

describe('released ids against the last commit', () => {
  it('passes on the committed edition, with nothing to note', () => {
    fixture = committedEdition();
    expect(check()).toEqual({ printed: [], notes: [], published: true });
  });

  it('refuses an id removed from the lock alone (not merely a warning)', () => {
    fixture = committedEdition();
    fixture.write('texts/probe/anchors.lock.yaml', 'released: [p1, p2, p3, p4]\nredirects: {}\n');
    const { printed, published } = check();
    expect(published).toBe(false);
    expect(printed).toContain(
      'texts/probe/anchors.lock.yaml:1: released id p5 is missing from the lock, but it was released (in the last commit: git show HEAD:texts/probe/anchors.lock.yaml): an id once released must resolve for ever (put “- p5” back under released in texts/probe/anchors.lock.yaml)',
    );
  });

  it('refuses an id removed together with its block, and says how to redirect it', () => {
    fixture = committedEdition();
    fixture.write('texts/probe/de.md', de.replace('\nDer letzte Absatz. {#p5}\n', ''));
    fixture.write('texts/probe/en.md', en.replace('\nThe last paragraph. {#p5}\n', ''));
    fixture.write('texts/probe/anchors.lock.yaml', 'released: [p1, p2, p3, p4]\nredirects: {}\n');
    const { printed, published } = check();
    expect(published).toBe(false);
    expect(printed).toEqual([
      'texts/probe/anchors.lock.yaml:1: released id p5 is missing from the lock and from texts/probe/de.md, but it was released (in the last commit: git show HEAD:texts/probe/anchors.lock.yaml): an id once released must resolve for ever (put “- p5” back under released in texts/probe/anchors.lock.yaml and, as its block is gone, redirect it to the block(s) that took its place: “redirects: {p5: [<id>]}” (README.md, “Retiring a paragraph”))',
    ]);
  });

  it('refuses a deleted lock file with one error', () => {
    fixture = committedEdition();
    execFileSync('git', ['-C', fixture.root, 'rm', '-q', 'texts/probe/anchors.lock.yaml']);
    expect(check().printed).toContain(
      'texts/probe/anchors.lock.yaml: the lock file is missing, but 5 id(s) of this text were released (in the last commit: git show HEAD:texts/probe/anchors.lock.yaml): an id once released must resolve for ever (restore it (git checkout HEAD -- texts/probe/anchors.lock.yaml) and change it only by adding ids and redirects)',
    );
  });

  it('accepts a paragraph retired properly: the block gone, its id kept and redirected', () => {
    fixture = committedEdition();
    fixture.write('texts/probe/de.md', de.replace('\nDer letzte Absatz. {#p5}\n', ''));
    fixture.write('texts/probe/en.md', en.replace('\nThe last paragraph. {#p5}\n', ''));
    fixture.write('texts/probe/anchors.lock.yaml', 'released: [p1, p2, p3, p4, p5]\nredirects:\n  p5: [p4]\n');
    expect(check()).toEqual({ printed: [], notes: [], published: true });
  });

  it('does not hold a text that was never committed to an earlier lock', () => {
    fixture = committedEdition(['texts/edition.yaml']);
    fixture.write('texts/probe/anchors.lock.yaml', 'released: [p1, p2, p3, p4]\nredirects: {}\n');
    expect(check()).toMatchObject({ printed: [expect.stringMatching(/warning: 1 id\(s\) not yet released: p5/u)], published: true });
  });
});

describe('released ids against the last build, and outside git', () => {
  const published = (released: string[]) => JSON.stringify({ slug: 'probe', anchors: { released, redirects: {} } });

  it('notes that it could not compare with a commit outside a git checkout', () => {
    fixture = createFixtureEdition();
    const { printed, notes } = check();
    expect(printed).toEqual([]);
    expect(notes).toEqual([
      `released ids were not compared with the last commit (${fixture.root} is not a git checkout with a commit); only with the last build in out/, if there is one`,
    ]);
  });

  it('refuses an id that the last build published and the lock lost', () => {
    fixture = createFixtureEdition({ 'out/api/texts/probe.json': published(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']) });
    const { printed, published: ok } = check();
    expect(ok).toBe(false);
    expect(printed).toContain(
      'texts/probe/anchors.lock.yaml:1: released id p6 is missing from the lock and from texts/probe/de.md, but it was released (published by the last build: out/api/texts/probe.json): an id once released must resolve for ever (put “- p6” back under released in texts/probe/anchors.lock.yaml and, as its block is gone, redirect it to the block(s) that took its place: “redirects: {p6: [<id>]}” (README.md, “Retiring a paragraph”))',
    );
  });
});
