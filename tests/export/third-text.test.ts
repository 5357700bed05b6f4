/**
 * Ready for a third text: a copy of the repository with one more text (derived from an existing one,
 * under a new slug and title) passes `npm run check`, builds, and publishes the text like the others:
 * reader pages in both languages, its JSON with every block, an entry in texts.json and in the library.
 * Nothing in the code may need to know how many texts there are or what they are called. The copy is
 * built as a deployment would be, with a public address (`EDITION_URL`), which the export built by
 * `npm test` has not: canonical and hreflang links, citations, downloads and Web Annotation IRIs must
 * name it, and no file an invented host.
 *
 * Cost: a second full build in a copy, as long as `npm run build` (measured: check 26 s, build 8.3 min,
 * 780 MB peak, on the 2-core machine shared with other builds; 2–6 min on a quiet one), so it lives
 * with the tests on the export, which `npm test` runs after the build, not with the unit tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesNamingPlaceholderHost } from '../helpers/placeholder-hosts';

const repoRoot = process.cwd();
const source = 'januar-aufstand';
const slug = 'dritter-text';
const title = { de: 'Ein dritter Text (synthetisch)', en: 'A third text (synthetic)' };
/** A reserved top-level domain (RFC 2606): an address no deployment has. */
const publicAddress = 'https://kasachstan-2022.test';

let project = '';

/**
 * The repository's tracked files (what a fresh clone has) in a folder inside .scratch/ (ignored by
 * git and the tools), without package-lock.json: Turbopack compiles only below the folder of the
 * nearest lockfile, so the copy must share this checkout's root (its node_modules, linked into the
 * copy, then lies inside that root; from a copy in the system's temporary folder it would not).
 */
function copyRepository(): string {
  const scratch = path.join(repoRoot, '.scratch');
  mkdirSync(scratch, { recursive: true });
  const target = mkdtempSync(path.join(scratch, 'third-text-'));
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (file === 'package-lock.json' || !existsSync(path.join(repoRoot, file))) continue;
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    cpSync(path.join(repoRoot, file), path.join(target, file));
  }
  // The build reads some packages' files by path (fonts, unicode ranges): node_modules where it looks.
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(target, 'node_modules'));
  return target;
}

/** The synthetic text: the source text's versions, lock and metadata under a new slug and title. */
function addThirdText(root: string): void {
  const from = path.join(root, 'texts', source);
  const to = path.join(root, 'texts', slug);
  cpSync(from, to, { recursive: true });
  const meta = readFileSync(path.join(to, 'meta.yaml'), 'utf8')
    .replace(`slug: ${source}`, `slug: ${slug}`)
    .replace(/^title:\n {2}de: .*\n {2}en: .*$/m, `title:\n  de: ${title.de}\n  en: ${title.en}`);
  if (!meta.includes(`slug: ${slug}`) || !meta.includes(title.de)) throw new Error(`texts/${source}/meta.yaml no longer has the shape this test rewrites (slug:, title: de/en)`);
  writeFileSync(path.join(to, 'meta.yaml'), meta);
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: project, encoding: 'utf8', env: { ...process.env, CI: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const exported = (...parts: string[]) => path.join(project, 'out', ...parts);

describe('a third text', () => {
  beforeAll(() => {
    project = copyRepository();
    addThirdText(project);
  });
  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('passes npm run check', () => {
    const { code, output } = run(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check.ts']);
    expect(code, output).toBe(0);
    expect(output).toMatch(/✓ edition checked: 3 texts/);
  });

  it('builds, and is published like the others', { timeout: 900_000 }, () => {
    const { code, output } = run('npm', ['run', '-s', 'build'], { EDITION_URL: publicAddress });
    expect(code, output.slice(-4000)).toBe(0);
    expect(output).not.toContain('no public address is set');
    for (const page of [`de/texts/${slug}.html`, `en/texts/${slug}.html`]) expect(existsSync(exported(page)), page).toBe(true);

    const list = JSON.parse(readFileSync(exported('api', 'texts.json'), 'utf8')) as { texts: { slug: string }[] };
    expect(list.texts.map((text) => text.slug)).toContain(slug);
    const text = JSON.parse(readFileSync(exported('api', 'texts', `${slug}.json`), 'utf8')) as { title: Record<string, string>; blocks: unknown[] };
    const original = JSON.parse(readFileSync(exported('api', 'texts', `${source}.json`), 'utf8')) as { blocks: unknown[] };
    expect(text.title).toEqual(title);
    expect(text.blocks).toEqual(original.blocks);

    const page = readFileSync(exported('de', 'texts', `${slug}.html`), 'utf8');
    expect(page).toContain(title.de);
    expect(page.match(/class="row[ "]/g)?.length, 'one row per block').toBe(original.blocks.length);
    expect(readFileSync(exported('de.html'), 'utf8'), 'the library lists it').toContain(`/de/texts/${slug}`);
  });

  it('names its public address everywhere a reader takes a link away, and no invented host anywhere', () => {
    const page = readFileSync(exported('de', 'texts', `${slug}.html`), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="${publicAddress}/de/texts/${slug}">`);
    expect(page).toContain(`<link rel="alternate" hreflang="en" href="${publicAddress}/en/texts/${slug}">`);
    expect(readFileSync(exported('api', 'cite', `${slug}.de.bib`), 'utf8')).toContain(`${publicAddress}/de/texts/${slug}`);
    expect(readFileSync(exported('api', 'cite', `${slug}.en.ris`), 'utf8')).toContain(`UR  - ${publicAddress}/en/texts/${slug}`);
    const collection = JSON.parse(readFileSync(exported('api', 'annotations', `${slug}.de.collection.jsonld`), 'utf8')) as { id: string };
    expect(collection.id.startsWith(`${publicAddress}/`), collection.id).toBe(true);

    expect(filesNamingPlaceholderHost(exported()), 'files naming an invented host').toEqual([]);
  });
});
