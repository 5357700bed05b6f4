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
import { longText } from '../../helpers/long-text';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
const source = path.join(work, 'quelle.txt');
writeFileSync(source, 'Streik im Hafen\n\nVon Anna Beispiel\n\nDie Hafenarbeiter legten am Montag die Arbeit nieder.\n\nSie fordern höhere Löhne.\n');

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
    expect(readFileSync(path.join(out, 'hafen/de.md'), 'utf8')).toBe('Die Hafenarbeiter legten am Montag die Arbeit nieder. {#p1}\n\nSie fordern höhere Löhne. {#p2}\n');
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

/** A German text with the characters that encodings disagree on: ä ö ü ß „ “ – €. */
const german = [
  'Streik bei den Ölarbeitern',
  '',
  'Von Anna Beispiel',
  '',
  'Behördenangaben zufolge „streikten“ am Montag 12.000 Ölarbeiter – größtenteils in Schangaösen.',
  '',
  'Sie fordern, dass das Flüssiggas wieder 60 € statt 120 € kostet, und höhere Löhne.',
  '',
].join('\n');
const windows1252High: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '–': 0x96 };

function encodings(): [string, Buffer][] {
  const utf16 = Buffer.from(`\ufeff${german}`, 'utf16le');
  const cp1252 = Buffer.from([...german].map((character) => windows1252High[character] ?? character.charCodeAt(0)));
  // ISO-8859-1 has no „ “ – €: the same text with « » - EUR.
  const latin1Text = german.replaceAll('„', '»').replaceAll('“', '«').replaceAll('–', '-').replaceAll('€', 'EUR');
  return [
    ['utf-8', Buffer.from(german, 'utf8')],
    ['utf-16', utf16],
    ['windows-1252', cp1252],
    ['iso-8859-1', Buffer.from(latin1Text, 'latin1')],
    ['iso-8859-1 as utf-8', Buffer.from(latin1Text, 'utf8')],
  ];
}

describe('npm run import: encodings, binary input, size', { timeout: 60_000 }, () => {
  it('imports the UTF-16, Windows-1252 and ISO-8859-1 versions of a German text to the same de.md as the UTF-8 one', () => {
    const results = new Map<string, string>();
    for (const [name, bytes] of encodings()) {
      const file = path.join(work, `${name.replaceAll(' ', '-')}.txt`);
      writeFileSync(file, bytes);
      const out = path.join(work, `enc-${name.replaceAll(' ', '-')}`);
      const { code, stdout } = run(file, '--slug', 'oel', '--out', out);
      expect(code, stdout).toBe(0);
      results.set(name, readFileSync(path.join(out, 'oel/de.md'), 'utf8'));
      if (name === 'windows-1252') {
        expect(stdout).toMatch(
          new RegExp(`^${file.replaceAll('.', '\\.')}: encoding: windows-1252 \\[check\\] — line 1 is not valid UTF-8 \\(byte 0xd6\\); chardet recognises`, 'mu'),
        );
      }
      if (name === 'utf-16') expect(stdout).toContain(`${file}: encoding: UTF-16LE — a UTF-16 byte-order mark`);
    }
    expect(results.get('utf-16')).toBe(results.get('utf-8'));
    expect(results.get('windows-1252')).toBe(results.get('utf-8'));
    expect(results.get('iso-8859-1')).toBe(results.get('iso-8859-1 as utf-8'));
    expect(results.get('utf-8')).toContain('Behördenangaben zufolge „streikten“ am Montag 12.000 Ölarbeiter – größtenteils in Schangaösen. {#p1}');
  });

  it.each([
    [
      'a PNG image',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      'the file is a PNG image, not plain text: the importer reads plain text only',
    ],
    [
      'NUL bytes',
      Buffer.from('Titel\n\nEin Satz.\u0000\n', 'utf8'),
      'line 3 holds a NUL byte (offset 16): this is a binary file, or text in an encoding the importer cannot tell (give it with --encoding <name>, or save the text as UTF-8)',
    ],
  ])('refuses %s with one line and exit code 1, writing nothing', (name, bytes, message) => {
    const file = path.join(work, `${name.replaceAll(' ', '-')}.bin`);
    writeFileSync(file, bytes);
    const out = path.join(work, 'binary');
    const { code, stderr } = run(file, '--slug', 'binaer', '--out', out);
    expect(code).toBe(1);
    expect(stderr).toBe(`import: ${file}: ${message}`);
    expect(existsSync(out)).toBe(false);
  });

  it('reads a file in the encoding given with --encoding', () => {
    const file = path.join(work, 'latin9.txt');
    writeFileSync(
      file,
      Buffer.from([...'Preise\n\nDas Gas kostet 120 ', 0xa4, ...' statt 60.\n\nEnde.\n'].map((value) => (typeof value === 'number' ? value : value.charCodeAt(0)))),
    );
    const { code, stdout } = run(file, '--slug', 'gas', '--dry-run', '--encoding', 'iso-8859-15');
    expect(code).toBe(0);
    expect(stdout).toContain('Das Gas kostet 120 € statt 60. {#p1}');
    expect(stdout).toContain(`${file}: encoding: iso-8859-15 — as given with --encoding`);
  });

  it('refuses a file above the size limit before reading it', () => {
    const file = path.join(work, 'huge.txt');
    writeFileSync(file, Buffer.alloc(26 * 1024 * 1024, 0x61));
    const { code, stderr } = run(file, '--slug', 'gross', '--dry-run');
    expect(code).toBe(1);
    expect(stderr).toBe(`import: "${file}" has 26.0 MB, more than the importer's limit of 25 MB: split it into its texts (one text folder per text) and import each`);
    rmSync(file);
  });

  it('shows its progress on stderr for a long input, and lists the page furniture it removed', () => {
    const file = path.join(work, 'long.txt');
    writeFileSync(file, longText(1.2 * 1024 * 1024));
    const result = spawnSync(process.execPath, [tsx, 'scripts/import.ts', file, '--slug', 'lang', '--dry-run'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /^import: \d+\.\d s: decoding …\nimport: \d+\.\d s: cleaning characters …\nimport: \d+\.\d s: splitting lines …\nimport: \d+\.\d s: collecting the words of \d+ lines for the hyphen rules …\nimport: \d+\.\d s: reflowing \d+ lines …/u,
    );
    expect(result.stdout).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}:\\d+: page-furniture: line \\d+ "— 3 —" is a page number`, 'mu'));
    expect(result.stdout).not.toMatch(/— \d+ — \{#p/u);
  });

  it('removes control characters and lists them, and says when there is no title', () => {
    const file = path.join(work, 'controls.txt');
    writeFileSync(file, 'die Arbeiter kamen\u0007 am Morgen zusammen und berieten lange über ihre Forderungen.\n\nDanach gingen sie heim.\n');
    const { code, stdout } = run(file, '--slug', 'kontrolle', '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain('die Arbeiter kamen am Morgen zusammen');
    expect(stdout).toContain(`${file}:1: character: 1 invisible control or format character(s) (U+0007) removed: extraction or conversion damage`);
    expect(stdout).toContain(`No title found at the top of ${file}: title.de in meta.yaml is left empty; write it there.`);
  });
});
