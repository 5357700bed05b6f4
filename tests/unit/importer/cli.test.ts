/**
 * The command line around the importer: arguments, files written, and errors as one line with
 * exit code 1 (never a stack trace). Runs scripts/import.ts in a child process on a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
const source = path.join(work, 'quelle.txt');
writeFileSync(
  source,
  'Streik im Hafen\n\nVon Anna Beispiel\n\nDie Hafenarbeiter legten am Montag die Arbeit nieder.\n\nSie fordern höhere Löhne.\n',
);

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [tsx, 'scripts/import.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each case starts Node and tsx (about a second); allow for a busy machine.
describe('npm run import', { timeout: 30_000 }, () => {
  it('writes <lang>.md and a meta.yaml skeleton and prints the report', () => {
    const out = path.join(work, 'texts');
    const { code, stdout } = run(source, '--slug', 'hafen', '--out', out);
    expect(code).toBe(0);
    expect(readFileSync(path.join(out, 'hafen/de.md'), 'utf8')).toBe(
      'Die Hafenarbeiter legten am Montag die Arbeit nieder. {#p1}\n\nSie fordern höhere Löhne. {#p2}\n',
    );
    expect(readFileSync(path.join(out, 'hafen/meta.yaml'), 'utf8')).toContain('slug: hafen');
    expect(stdout).toContain(`${source}:1: front-matter: title "Streik im Hafen"`);
  });

  it('refuses to overwrite an existing <lang>.md without --force, and overwrites with it', () => {
    const out = path.join(work, 'again');
    expect(run(source, '--slug', 'hafen', '--out', out).code).toBe(0);
    const refused = run(source, '--slug', 'hafen', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^import: .*de\.md exists already: use --force/);
    expect(run(source, '--slug', 'hafen', '--out', out, '--force').code).toBe(0);
  });

  it('writes nothing on a dry run', () => {
    const out = path.join(work, 'dry');
    const { code, stdout } = run(source, '--slug', 'hafen', '--out', out, '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain('Sie fordern höhere Löhne. {#p2}');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['--slug', 'hafen'], /^import: no source file given/],
    [[path.join(work, 'fehlt.txt'), '--slug', 'hafen'], /^import: cannot read ".*fehlt\.txt": there is no such file/],
    [[source, '--slug', 'Hafen_Streik'], /^import: "Hafen_Streik" is not a valid slug/],
    [[source], /^import: --slug is missing/],
    [[source, '--slug', 'hafen', '--bogus'], /^import: Unknown option '--bogus'/],
  ])('fails with one clear line: %j', (args, message) => {
    const { code, stderr } = run(...args);
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
