/**
 * Issue #11: a reader page weighs like a static page. Its HTML, as the server sends it (the
 * precompressed brotli copy), against the bare-HTML page of the same blocks that `npm run bench`
 * generates (scripts/bench-baseline.ts): at most 1.5× (1.46–1.49× on 2026-12-03, from 3.4–4.0×
 * before the glosses, notes, citation templates and the script's strings left the page). A page that
 * grows past it has to pay for its bytes elsewhere: what only the script uses belongs in the script
 * (contract/reader-strings.ts) or in the annotations file, not in every page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { baselineHtml, maxBrotliRatio, type BaselineText } from '../../scripts/bench-baseline';

const out = path.resolve(process.env.EXPORT_OUT ?? 'out');
const texts = (JSON.parse(readFileSync(path.join(out, 'api/texts.json'), 'utf8')) as { texts: { slug: string }[] }).texts.map((text) => text.slug);
const brotli = (content: string) => brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

describe('reader pages weigh like a static page', () => {
  test('there are reader pages to weigh', () => {
    expect(texts.length).toBeGreaterThan(0);
  });

  for (const slug of texts) {
    for (const locale of ['de', 'en']) {
      const ratio = () => {
        const file = path.join(out, locale, 'texts', `${slug}.html.br`);
        expect(existsSync(file), `${file} is missing (run \`npm run build\`)`).toBe(true);
        const text = JSON.parse(readFileSync(path.join(out, 'api/texts', `${slug}.json`), 'utf8')) as BaselineText;
        const page = statSync(file).size;
        const bare = brotli(baselineHtml(text, slug, locale));
        return { value: page / bare, message: `${(page / 1024).toFixed(1)} KB against ${(bare / 1024).toFixed(1)} KB` };
      };
      test(`/${locale}/texts/${slug}: HTML brotli ≤ ${maxBrotliRatio}× the bare page`, () => {
        const { value, message } = ratio();
        expect(value, message).toBeLessThanOrEqual(maxBrotliRatio);
      });
    }
  }
});
