/**
 * The importer runs in time proportional to its input. 1 MB and 5 MB run here, with bounds generous
 * enough for a loaded 2-core machine (a quadratic step took 6 s for 2 MB and 149 s for 8 MB);
 * 20 MB runs only with IMPORT_BENCH=1 (`IMPORT_BENCH=1 npx vitest run tests/unit/importer/speed.test.ts`),
 * and every run prints its time.
 *
 * A source that is one single line is timed too: a pattern that backtracks over a whole line is
 * harmless on a book's lines and quadratic on one line of megabytes (the search for e-mail
 * addresses took 81 s for one 100 KB word).
 */
import { describe, expect, it } from 'vitest';
import { importSource } from '../../../lib/importer/index';
import { longText, RUNNING_HEAD } from '../../helpers/long-text';

const MB = 1024 * 1024;

function timeImport(what: string, text: string): { seconds: number; blocks: number; markdown: string } {
  const bytes = new TextEncoder().encode(text);
  const started = performance.now();
  const { blockCount, markdown } = importSource(bytes, { slug: 'lang', sourceFile: 'lang.txt' });
  const seconds = (performance.now() - started) / 1000;
  console.log(`import of ${what} (${(bytes.length / MB).toFixed(2)} MB): ${seconds.toFixed(2)} s, ${blockCount} blocks`);
  return { seconds, blocks: blockCount, markdown };
}

const ONE_LINE = {
  words: (bytes: number) => longText(bytes).replace(/\s+/gu, ' ').slice(0, bytes),
  'one word': (bytes: number) => 'x'.repeat(bytes),
  'an address and closing brackets': (bytes: number) => `Siehe https://example.org/${')'.repeat(bytes - 30)}`,
};

describe('importer speed', () => {
  it('imports 1 MB in under 15 s and 5 MB in under 60 s, about linearly', { timeout: 180_000 }, () => {
    const one = timeImport('1 MB', longText(MB));
    const five = timeImport('5 MB', longText(5 * MB));
    expect(one.seconds).toBeLessThan(15);
    expect(five.seconds).toBeLessThan(60);
    expect(five.blocks).toBeGreaterThan(one.blocks * 4);
    // Every page number and running head is gone.
    expect(one.markdown).not.toMatch(/— \d+ —/u);
    expect(one.markdown).not.toContain(`${RUNNING_HEAD} `);
  });

  for (const [kind, oneLine] of Object.entries(ONE_LINE)) {
    it(`imports a source that is one single line (${kind}) in time proportional to its size`, { timeout: 180_000 }, () => {
      // A quadratic step shows already at 64 KB (30 s and more); the larger sizes run only when it did not.
      expect(timeImport(`64 KB on one line (${kind})`, oneLine(64 * 1024)).seconds).toBeLessThan(2);
      const one = timeImport(`1 MB on one line (${kind})`, oneLine(MB));
      const four = timeImport(`4 MB on one line (${kind})`, oneLine(4 * MB));
      expect([one.blocks, four.blocks]).toEqual([1, 1]);
      expect(four.markdown.length).toBeGreaterThan(one.markdown.length * 3.9);
      // Time per MB may not grow with the size (a factor 6 leaves room for a loaded machine; a quadratic step gives 16 and more).
      expect(four.seconds / 4).toBeLessThan(Math.max(one.seconds, 0.25) * 6);
    });
  }

  it.runIf(process.env.IMPORT_BENCH === '1')('imports 20 MB in under a minute', { timeout: 300_000 }, () => {
    expect(timeImport('20 MB', longText(20 * MB)).seconds).toBeLessThan(60);
  });
});
