/**
 * The built export and the citation rules that concern every file: no invented host anywhere, and
 * the static citation files (out/api/cite) readable by Better BibTeX's parser and a strict RIS
 * grammar, with no access date.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseBibTeX } from '@retorquere/bibtex-parser';
import { AST } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { filesNamingPlaceholderHost } from '../helpers/placeholder-hosts';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');
describe('the export', () => {
  it('names no placeholder host in any file', () => {
    // Pagefind's scripts included: the build renames the base they parse relative URLs against.
    expect(filesNamingPlaceholderHost(out)).toEqual([]);
  });

  it('serves every text version as BibLaTeX and RIS that independent parsers read, without an access date', () => {
    const cite = path.join(out, 'api', 'cite');
    const names = readdirSync(cite);
    expect(names.filter((name) => name.endsWith('.bib'))).toHaveLength(4);
    for (const name of names.filter((file) => file.endsWith('.bib'))) {
      const source = readFileSync(path.join(cite, name), 'utf8');
      const result = parseBibTeX(source);
      expect(result.errors, name).toEqual([]);
      expect(result.entries[0]?.fields.urldate, name).toBeUndefined();
      expect(source, name).not.toMatch(/\\["'`^~]/);
    }
    for (const name of names.filter((file) => file.endsWith('.ris'))) {
      const [record] = AST.parse(readFileSync(path.join(cite, name), 'utf8')).children;
      expect(record?.type, name).toBe('ELEC');
      expect(
        record?.properties.some((property) => property.key === 'Y2'),
        name,
      ).toBe(false);
    }
  });
});

/** Every string in a JSON value, with its path. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${at}.${key}`));
  return [];
}

describe('citations travel as runs, in the annotations file (issues 11 and 17)', () => {
  const readerFiles = readdirSync(path.join(out, 'reader')).filter((name) => name.endsWith('.json'));
  const pages = readerFiles.map((name) => {
    const [slug, locale] = name.split('.');
    return { name, page: path.join(out, locale ?? '', 'texts', `${slug}.html`) };
  });

  it('every reader page’s annotations file carries its citation templates, as runs without markup', () => {
    expect(readerFiles.length).toBeGreaterThan(0);
    for (const name of readerFiles) {
      const { cite } = JSON.parse(readFileSync(path.join(out, 'reader', name), 'utf8')) as { cite?: { styles: Record<string, { bibliography: unknown }> } };
      expect(cite, name).toBeDefined();
      const bibliography = cite?.styles.chicago?.bibliography;
      expect(Array.isArray(bibliography), `${name}: the Chicago entry is runs`).toBe(true);
      // The downloads are BibLaTeX, RIS and CSL-JSON, not HTML; every other string is a run's text.
      const html = strings(cite, 'cite').filter(([at, value]) => !at.startsWith('cite.exports') && /[<>]|&(#?\w+);/.test(value));
      expect(html, name).toEqual([]);
    }
  });

  it('the reader page itself carries no citation templates, only what citing needs at once', () => {
    for (const { name, page } of pages) {
      const html = readFileSync(page, 'utf8');
      const data = /<script type="application\/json" id="reader-data"[^>]*>([^<]*)<\/script>/.exec(html)?.[1];
      expect(data, `${name}: the page has its reader data`).toBeDefined();
      const { cite } = JSON.parse(data ?? '{}') as { cite?: Record<string, unknown> };
      expect(Object.keys(cite ?? {}).sort(), name).toEqual(['lang', 'origin', 'slug', 'url'].filter((key) => key !== 'origin' || cite?.origin !== undefined));
    }
  });
});

describe('pandoc, as a LaTeX or Markdown author cites the edition', () => {
  const cite = path.join(out, 'api', 'cite');
  const versions = readdirSync(cite)
    .filter((name) => name.endsWith('.bib'))
    .map((name) => {
      const [slug = '', lang = ''] = name.split('.');
      const key = /^@\w+\{([^,]+),/.exec(readFileSync(path.join(cite, name), 'utf8'))?.[1] ?? '';
      return { slug, lang, key };
    });

  /** pandoc's citeproc (Debian package `pandoc`) on a sentence that cites ¶ 12 of the version with the cite box's pin-cite. */
  function pandoc(key: string, bibliography: string): { code: number | null; output: string; warnings: string } {
    const result = spawnSync('pandoc', ['--citeproc', `--bibliography=${bibliography}`, '--from=markdown', '--to=plain', '--wrap=none'], {
      input: `A claim [@${key}, para. 12].\n`,
      encoding: 'utf8',
    });
    if (result.error) throw new Error('pandoc is not installed: `apt-get install -y pandoc` (.ci/run installs it)');
    return { code: result.status, output: result.stdout, warnings: result.stderr };
  }

  it.each(versions)('$slug ($lang): the pin-cite resolves with the BibLaTeX and the CSL-JSON download alike', ({ slug, lang, key }) => {
    const page = readFileSync(path.join(out, lang, 'texts', `${slug}.html`), 'utf8');
    expect(page, 'the cite box gives this key').toContain(`[@${key}]`);
    const title = (JSON.parse(readFileSync(path.join(out, 'api', 'texts', `${slug}.json`), 'utf8')) as { title: Record<string, string> }).title;
    const fromBib = pandoc(key, path.join(cite, `${slug}.${lang}.bib`));
    const fromJson = pandoc(key, path.join(cite, `${slug}.${lang}.json`));
    for (const result of [fromBib, fromJson]) {
      expect(result.code, result.warnings).toBe(0);
      expect(result.warnings, 'no citation pandoc could not find').toBe('');
      expect(result.output).toContain('para. 12');
      expect(result.output).toContain(title[lang] ?? title.de);
    }
    expect(fromJson.output, 'one work, whichever file the author downloaded').toBe(fromBib.output);
  });
});
