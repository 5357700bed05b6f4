/**
 * Subsets the reading font (Source Serif 4, from the @fontsource package) to the characters the
 * edition actually uses, so that a page loads only the glyphs it can show. Writes public/fonts/*.woff2
 * with the fixed names app/globals.css refers to; run before `next build` (part of `npm run build`).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

const sources = ['texts', 'annotations', 'messages'];
const packageDir = path.resolve('node_modules/@fontsource/source-serif-4');
const outDir = path.resolve('public/fonts');

/** The styles the pages use: body text, emphasis, headings and strong. */
const styles = ['400-normal', '400-italic', '600-normal'] as const;
/** Unicode subsets of the package that the texts need (checked below: nothing else is used). */
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;

function* files(entry: string): Generator<string> {
  if (statSync(entry).isDirectory()) for (const child of readdirSync(entry)) yield* files(path.join(entry, child));
  else yield entry;
}

function parseRanges(ranges: string): [number, number][] {
  return ranges.split(',').map((range) => {
    const [from = '', to] = range.replace('U+', '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

const used = new Set<number>();
for (let code = 0x20; code < 0x7f; code += 1) used.add(code);
for (const character of '–—‘’“”„…¶·×→•') used.add(character.codePointAt(0) ?? 0);
for (const source of sources) {
  for (const file of files(source)) {
    for (const character of readFileSync(file, 'utf8')) used.add(character.codePointAt(0) ?? 0);
  }
}

const unicodeRanges = JSON.parse(readFileSync(path.join(packageDir, 'unicode.json'), 'utf8')) as Record<string, string>;
const covered = new Set<number>();
mkdirSync(outDir, { recursive: true });
let total = 0;
for (const subset of subsets) {
  const ranges = parseRanges(unicodeRanges[subset] ?? '');
  const inSubset = [...used].filter((code) => ranges.some(([from, to]) => code >= from && code <= to));
  inSubset.forEach((code) => covered.add(code));
  const text = String.fromCodePoint(...inSubset);
  for (const style of styles) {
    const name = `source-serif-4-${subset}-${style}.woff2`;
    const font = readFileSync(path.join(packageDir, 'files', name));
    const subsetted = await subsetFont(font, text, { targetFormat: 'woff2' });
    writeFileSync(path.join(outDir, name), subsetted);
    total += subsetted.length;
  }
}
const uncovered = [...used].filter((code) => code > 0x7f && !covered.has(code)).map((code) => String.fromCodePoint(code));
console.log(
  `✓ fonts: ${styles.length * subsets.length} files, ${(total / 1024).toFixed(1)} KB for ${used.size} characters` +
    (uncovered.length ? `; shown in the fallback font: ${uncovered.join(' ')}` : ''),
);
