import { expect, test } from '@playwright/test';
import { readerPaths } from '../helpers/edition-texts';
import { readerMetrics, readerMisses, readerTargets } from './reader-metrics';

/**
 * Issue #11: a quiet, light reader. Each reader page at 1280 px, default view, both columns, within
 * the targets — with room to spare, since every new glossary entry adds first-occurrence marks.
 */
const readerPages = readerPaths();

test.describe('a reader page stays quiet and light', () => {
  for (const path of readerPages) {
    test(`${path}: ≤ ${readerTargets.marksPer100Words} marks per 100 words, ≤ ${readerTargets.maxMarksInRow} in a row, ≤ ${readerTargets.tabStops} tab stops, ≤ ${readerTargets.elements} elements`, async ({
      page,
    }) => {
      const metrics = await readerMetrics(page, path);
      test.info().annotations.push({ type: 'metrics', description: JSON.stringify(metrics) });
      expect(metrics.words).toBeGreaterThan(1000);
      expect(metrics.marks).toBeGreaterThan(0);
      expect(readerMisses(metrics)).toEqual([]);
    });
  }
});
