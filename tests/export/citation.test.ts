/**
 * The built export and the citation rules that concern every file: no invented host anywhere, and
 * the static citation files (out/api/cite) readable by Better BibTeX's parser and a strict RIS
 * grammar, with no access date.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseBibTeX } from '@retorquere/bibtex-parser';
import { AST } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');
const textual = /\.(html|json|bib|ris|txt|xml|js|css|webmanifest|_headers)$|^_headers$/;

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('the export', () => {
  it('names no placeholder host in any file', () => {
    // Pagefind's scripts included: the build renames the base they parse relative URLs against.
    const offenders = files(out)
      .filter((file) => textual.test(path.basename(file)))
      .filter((file) => /\bexample\.(org|com|net)\b|origin\.invalid|localhost:3000/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(out, file));
    expect(offenders).toEqual([]);
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
