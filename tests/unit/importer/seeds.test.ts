/**
 * The two sources of the edition, imported whole: the Markdown must hold every word of the source in
 * order — less the header lines (title, byline, publication line) and the omitted navigation tail,
 * which the importer records in meta.yaml instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../lib/importer/index';
import { compareWords, markdownIds, markdownWords, sourceWords } from './words';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();

/** Source lines the importer moved to meta.yaml: header lines at the top, omitted ranges. */
function linesOutsideText(source: string, header: readonly string[], omitted: readonly { lines: string }[]): Set<number> {
  const skip = new Set<number>();
  const remaining = new Set(header);
  source.split(/\r?\n/).forEach((line, index) => {
    const text = line.replace(/[\u00a0\s]+/g, ' ').trim();
    if (remaining.has(text)) {
      skip.add(index + 1);
      remaining.delete(text);
    }
  });
  for (const range of omitted) {
    const [from = 0, to = from] = range.lines.split('-').map(Number);
    for (let n = from; n <= to; n += 1) skip.add(n);
  }
  return skip;
}

describe('importing the seeds', () => {
  it('finds both seed files', () => {
    expect(seeds).toEqual(['000_4c1d77a890cdb610.txt', '002_b45ad820038b5f4e.txt']);
  });

  it.each(seeds)('%s: the Markdown gives back exactly the words of the source', (name) => {
    const source = readFileSync(path.join(seedsDir, name), 'utf8');
    const { markdown, meta } = importPlainText(source, { slug: 'seed', sourceFile: name });
    const skip = linesOutsideText(source, meta.source.header, meta.source.omitted);
    expect(meta.source.header.length).toBeGreaterThan(0);
    expect(compareWords(sourceWords(source, skip), markdownWords(markdown))).toBeUndefined();
  });

  it.each(seeds)('%s: ids run p1 … pN in reading order', (name) => {
    const source = readFileSync(path.join(seedsDir, name), 'utf8');
    const { markdown, blockCount } = importPlainText(source, { slug: 'seed', sourceFile: name });
    expect(markdownIds(markdown)).toEqual(Array.from({ length: blockCount }, (_, index) => `p${index + 1}`));
  });

  it('tells the PDF extraction from the web extraction', () => {
    const kinds = seeds.map((name) => importPlainText(readFileSync(path.join(seedsDir, name), 'utf8'), { slug: 'seed', sourceFile: name }).meta.source.extraction);
    expect(kinds).toEqual(['pdf', 'web']);
  });

  it('leaves out the navigation tail of the web page and records it', () => {
    const name = '002_b45ad820038b5f4e.txt';
    const { markdown, meta } = importPlainText(readFileSync(path.join(seedsDir, name), 'utf8'), { slug: 'seed', sourceFile: name });
    expect(meta.source.omitted).toEqual([{ lines: '210-226', reason: 'navigation' }]);
    expect(markdown).not.toContain('Aktuelles');
    expect(markdown.trimEnd().endsWith('Das dürfen wir nicht vergessen. {#p103}')).toBe(true);
  });

  it('joins the PDF’s two page breaks that fall inside a sentence, and only those', () => {
    const name = '000_4c1d77a890cdb610.txt';
    const { report } = importPlainText(readFileSync(path.join(seedsDir, name), 'utf8'), { slug: 'seed', sourceFile: name });
    const joined = report.decisions.filter((decision) => decision.kind === 'page-break' && /: joined/.test(decision.decision));
    // Before “bezeichnet werden” (¶ 14) and before “wurde und ein Beispiel” (¶ 20), as the edition notes say.
    expect(joined.map((decision) => decision.line)).toEqual([141, 189]);
  });
});
