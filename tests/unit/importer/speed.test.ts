/**
 * The importer runs in time proportional to its input. 1 MB and 5 MB run here, with bounds generous
 * enough for a loaded 2-core machine (a quadratic step took 6 s for 2 MB and 149 s for 8 MB);
 * 20 MB runs only with IMPORT_BENCH=1 (`IMPORT_BENCH=1 npx vitest run tests/unit/importer/speed.test.ts`),
 * and every run prints its time.
 */
import { describe, expect, it } from 'vitest';
import { importSource } from '../../../lib/importer/index';
import { longText, RUNNING_HEAD } from '../../helpers/long-text';

const MB = 1024 * 1024;

function timeImport(megabytes: number): { seconds: number; blocks: number; markdown: string } {
  const bytes = new TextEncoder().encode(longText(megabytes * MB));
  const started = performance.now();
  const { blockCount, markdown } = importSource(bytes, { slug: 'lang', sourceFile: 'lang.txt' });
  const seconds = (performance.now() - started) / 1000;
  console.log(`import of ${megabytes} MB: ${seconds.toFixed(1)} s, ${blockCount} blocks`);
  return { seconds, blocks: blockCount, markdown };
}

describe('importer speed', () => {
  it('imports 1 MB in under 15 s and 5 MB in under 60 s, about linearly', { timeout: 180_000 }, () => {
    const one = timeImport(1);
    const five = timeImport(5);
    expect(one.seconds).toBeLessThan(15);
    expect(five.seconds).toBeLessThan(60);
    expect(five.blocks).toBeGreaterThan(one.blocks * 4);
    // Every page number and running head is gone.
    expect(one.markdown).not.toMatch(/— \d+ —/u);
    expect(one.markdown).not.toContain(`${RUNNING_HEAD} `);
  });

  it.runIf(process.env.IMPORT_BENCH === '1')('imports 20 MB in under a minute', { timeout: 300_000 }, () => {
    expect(timeImport(20).seconds).toBeLessThan(60);
  });
});
